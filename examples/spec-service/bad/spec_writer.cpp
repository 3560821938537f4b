// The spec writer as it was first written: one transaction around
// everything. Under load each request holds a pooled PostgreSQL connection,
// and the row lock on the product, for the whole LLM call and S3 upload;
// the pool runs dry and other requests time out.
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

} // namespace specservice
