#include "ledger.h"

#include <curl/curl.h>

namespace ledger {
namespace {

class MailNotifier : public Notifier {
public:
  void send(int order) override {
    CURL *h = curl_easy_init();
    curl_easy_perform(h);
    curl_easy_cleanup(h);
  }
};

class CountingNotifier : public Notifier {
public:
  void send(int order) override { ++sent; }
  int sent = 0;
};

} // namespace

Notifier &mailNotifier() {
  static MailNotifier n;
  return n;
}

} // namespace ledger
