// The spec writer reshaped: read, end the transaction, do the slow work with
// no connection state held, then take a short transaction to write. The LLM
// call and the upload no longer hold a row lock or a pooled connection.
#include "specservice/db_pool.h"
#include "specservice/image_store.h"
#include "specservice/llm_client.h"
#include "specservice/product.h"
#include "specservice/render.h"

#include <pqxx/pqxx>

#include <chrono>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace specservice {

class SpecWriter {
public:
  SpecWriter(pqxx::connection &db, LlmClient &llm, ImageStore &images)
      : db_(db), llm_(llm), images_(images) {}

  void enrich(long product_id) {
    Product p = load(product_id);                       // short read

    p.specs = llm_.complete_specs(p.name, p.description); // nothing held
    p.image_png = render_spec_sheet(p);
    images_.upload_image(p);                            // nothing held

    pqxx::work tx(db_);                                 // short write
    tx.exec_params("UPDATE products SET specs = $1 WHERE id = $2", p.specs,
                   p.id);
    tx.commit();
  }

  // Each attempt is its own transaction; the back-off happens between them.
  void mark_published(long product_id) {
    for (int attempt = 0; attempt < 5; ++attempt) {
      {
        pqxx::work tx(db_);
        pqxx::result r = tx.exec_params(
            "UPDATE products SET published = true WHERE id = $1 AND specs IS NOT NULL",
            product_id);
        tx.commit();
        if (r.affected_rows() == 1)
          return;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(200 << attempt));
    }
  }

private:
  Product load(long id) {
    pqxx::read_transaction tx(db_);
    pqxx::row row = tx.exec_params1(
        "SELECT id, name, description FROM products WHERE id = $1", id);
    Product p;
    p.id = row[0].as<long>();
    p.name = row[1].as<std::string>();
    p.description = row[2].as<std::string>();
    return p;
  }

  pqxx::connection &db_;
  LlmClient &llm_;
  ImageStore &images_;
};

// Batch jobs over the catalogue, on the service's own pool.
class CatalogJobs {
public:
  CatalogJobs(DbPool &pool, LlmClient &llm, ImageStore &images)
      : pool_(pool), llm_(llm), images_(images) {}

  // Reads the category with a connection held, gives it back, then uploads.
  void refresh_images(const std::string &category) {
    std::vector<Product> products;
    {
      PooledConnection conn = pool_.acquire();
      pqxx::nontransaction q(*conn);
      pqxx::result rows = q.exec_params(
          "SELECT id, name, specs FROM products WHERE category = $1", category);
      for (const auto &row : rows) {
        Product p;
        p.id = row[0].as<long>();
        p.name = row[1].as<std::string>();
        p.specs = row[2].as<std::string>();
        products.push_back(std::move(p));
      }
    }
    for (Product &p : products) {
      p.image_png = render_spec_sheet(p);
      images_.upload_image(p);
    }
  }

  // The guard gives the connection back on every path, exceptions included.
  void record_refresh(long product_id) {
    PooledConnection conn = pool_.acquire();
    pqxx::nontransaction q(*conn);
    q.exec_params("INSERT INTO refresh_log(product_id) VALUES ($1)", product_id);
  }

  // Only the read runs inside with_connection; the LLM call comes after.
  std::string describe(long product_id) {
    auto [name, description] = pool_.with_connection([&](pqxx::connection &c) {
      pqxx::nontransaction q(c);
      pqxx::row row = q.exec_params1(
          "SELECT name, description FROM products WHERE id = $1", product_id);
      return std::make_pair(row[0].as<std::string>(), row[1].as<std::string>());
    });
    return llm_.complete_specs(name, description);
  }

private:
  DbPool &pool_;
  LlmClient &llm_;
  ImageStore &images_;
};

} // namespace specservice
