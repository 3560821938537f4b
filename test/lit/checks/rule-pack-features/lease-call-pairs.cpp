// RUN: %check_conncheck %s --rules %S/Inputs/lease-pairs.json -- %cxxflags
//
// A lease taken and given back by calls on an object (leases.call-pairs),
// counted: nested attach/detach pairs keep the outer lease.

#include <curl/curl.h>

namespace acme {
class Session {
public:
  void attach();
  void detach();
  void query(const char *sql);
};
} // namespace acme

acme::Session session;

void nested(CURL *h) {
  session.attach();
  session.attach();
  session.detach();
  curl_easy_perform(h);
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: slow http call 'curl_easy_perform' while pooled connection 'session' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-5]]:11: note: connection 'session' taken here with 'acme::Session::attach'
  // CHECK-MESSAGES: :[[@LINE+1]]:11: note: connection 'session' is given back here
  session.detach();
  curl_easy_perform(h);
}
