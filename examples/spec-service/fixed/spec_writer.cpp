// The spec writer reshaped: read, end the transaction, do the slow work with
// no connection state held, then take a short transaction to write. The LLM
// call and the upload no longer hold a row lock or a pooled connection.
#include "specservice/image_store.h"
#include "specservice/llm_client.h"
#include "specservice/product.h"
#include "specservice/render.h"

#include <pqxx/pqxx>

#include <chrono>
#include <thread>

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

} // namespace specservice
