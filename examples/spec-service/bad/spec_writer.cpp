// The spec writer as it was first written: one transaction around
// everything. Under load each request holds a pooled PostgreSQL connection,
// and the row lock on the product, for the whole LLM call and S3 upload;
// the pool runs dry and other requests time out.
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
    pqxx::work tx(db_);
    Product p = load_for_update(tx, product_id);

    p.specs = llm_.complete_specs(p.name, p.description);
    tx.exec_params("UPDATE products SET specs = $1 WHERE id = $2", p.specs,
                   p.id);

    p.image_png = render_spec_sheet(p);
    images_.upload_image(p);
    tx.commit();
  }

  // Retries a flaky update, backing off while still inside the transaction.
  void mark_published(long product_id) {
    pqxx::work tx(db_);
    for (int attempt = 0; attempt < 5; ++attempt) {
      pqxx::result r = tx.exec_params(
          "UPDATE products SET published = true WHERE id = $1 AND specs IS NOT NULL",
          product_id);
      if (r.affected_rows() == 1)
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(200 << attempt));
    }
    tx.commit();
  }

private:
  static Product load_for_update(pqxx::work &tx, long id) {
    pqxx::row row = tx.exec_params1(
        "SELECT id, name, description FROM products WHERE id = $1 FOR UPDATE",
        id);
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

  // Holds a pooled connection while every image of the category uploads.
  void refresh_images(const std::string &category) {
    PooledConnection conn = pool_.acquire();
    pqxx::nontransaction q(*conn);
    pqxx::result rows = q.exec_params(
        "SELECT id, name, specs FROM products WHERE category = $1", category);
    for (const auto &row : rows) {
      Product p;
      p.id = row[0].as<long>();
      p.name = row[1].as<std::string>();
      p.specs = row[2].as<std::string>();
      p.image_png = render_spec_sheet(p);
      images_.upload_image(p);
    }
  }

  // A connection taken by hand: if the insert throws, it never comes back.
  void record_refresh(long product_id) {
    pqxx::connection *c = pool_.checkout();
    pqxx::nontransaction q(*c);
    q.exec_params("INSERT INTO refresh_log(product_id) VALUES ($1)", product_id);
    pool_.checkin(c);
  }

  // The LLM call runs inside with_connection, so a connection waits on it.
  std::string describe(long product_id) {
    return pool_.with_connection([&](pqxx::connection &c) {
      pqxx::nontransaction q(c);
      pqxx::row row = q.exec_params1(
          "SELECT name, description FROM products WHERE id = $1", product_id);
      return llm_.complete_specs(row[0].as<std::string>(),
                                 row[1].as<std::string>());
    });
  }

private:
  DbPool &pool_;
  LlmClient &llm_;
  ImageStore &images_;
};

} // namespace specservice
