// RUN: %check_conncheck %s --no-default-rules --rules %S/Inputs/match-by-parameter.json -- -std=c++17
//
// Rule-format features: a slow call recognised by the class of one of its
// parameters (every generated RPC stub method takes the client context
// first), names excepted from a rule (the asynchronous variants), and an
// autocommit switch that begins a transaction when turned off.

namespace rpc {
class ClientContext {};
class Deadline {};
class CompletionQueue {};
struct Status {};
class Channel {
public:
  Status Send(const char *payload, const Deadline &d);
  Status Send(const char *payload, int flags);
  Status Recv(char *buffer, Deadline *d);
};
} // namespace rpc

namespace rpcdb {
struct Conn {};
void set_autocommit(Conn *c, bool on);
void commit(Conn *c);
void rollback(Conn *c);
class Lease {
public:
  Lease();
  ~Lease();
};
} // namespace rpcdb

namespace billing {
struct ChargeRequest {};
struct ChargeReply {};
class Billing {
public:
  class Stub {
  public:
    rpc::Status Charge(rpc::ClientContext *ctx, const ChargeRequest &req,
                       ChargeReply *reply);
    void *AsyncCharge(rpc::ClientContext *ctx, const ChargeRequest &req,
                      rpc::CompletionQueue *cq);
    void *PrepareAsyncCharge(rpc::ClientContext *ctx, const ChargeRequest &req,
                             rpc::CompletionQueue *cq);
    class async {
    public:
      void Charge(rpc::ClientContext *ctx, const ChargeRequest *req,
                  ChargeReply *reply, void (*done)(rpc::Status));
    };
    async *async_stub();
    // Same name, but no client context: a local helper, not an RPC.
    int Charge(int cents);
  };
};
} // namespace billing

void unary_stub_call_while_leased(billing::Billing::Stub &stub) {
  rpcdb::Lease lease;
  rpc::ClientContext ctx;
  billing::ChargeRequest req;
  billing::ChargeReply reply;
  stub.Charge(&ctx, req, &reply);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow rpc call 'billing::Billing::Stub::Charge' while pooled connection 'lease' is held [conncheck-slow-call-while-leased]
  // CHECK-MESSAGES: :[[@LINE-6]]:16: note: connection 'lease' (rpcdb::Lease) taken here
  // CHECK-MESSAGES: :[[@LINE+1]]:1: note: connection 'lease' is given back here, where 'lease' goes out of scope
}

void parameter_other_than_the_first(rpc::Channel &ch, rpcdb::Conn *c) {
  rpcdb::set_autocommit(c, false);
  rpc::Deadline d;
  ch.Send("charge", d);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow rpc call 'rpc::Channel::Send' while database transaction 'c' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:3: note: transaction on 'c' begins here with 'rpcdb::set_autocommit'
  // CHECK-MESSAGES: :[[@LINE+6]]:3: note: transaction on 'c' ends here
  char buf[16];
  ch.Recv(buf, &d);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow rpc call 'rpc::Channel::Recv' while database transaction 'c' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:3: note: transaction on 'c' begins here with 'rpcdb::set_autocommit'
  // CHECK-MESSAGES: :[[@LINE+1]]:3: note: transaction on 'c' ends here
  rpcdb::commit(c);
}

// --- Near misses: no finding. ---

void async_variants_do_not_block(billing::Billing::Stub &stub,
                                 rpc::CompletionQueue *cq) {
  rpcdb::Lease lease;
  rpc::ClientContext ctx;
  billing::ChargeRequest req;
  billing::ChargeReply reply;
  stub.AsyncCharge(&ctx, req, cq);
  stub.PrepareAsyncCharge(&ctx, req, cq);
  stub.async_stub()->Charge(&ctx, &req, &reply, nullptr);
  // The overload without a client context is not an RPC.
  stub.Charge(250);
}

void overload_without_the_parameter_type(rpc::Channel &ch, rpcdb::Conn *c) {
  rpcdb::set_autocommit(c, false);
  ch.Send("charge", 0);
  rpcdb::rollback(c);
}

void autocommit_back_on_commits(rpc::Channel &ch, rpcdb::Conn *c) {
  rpcdb::set_autocommit(c, false);
  rpcdb::set_autocommit(c, true);
  rpc::Deadline d;
  ch.Send("charge", d);
}

void autocommit_on_begins_nothing(rpc::Channel &ch, rpcdb::Conn *c, bool on) {
  rpcdb::set_autocommit(c, true);
  rpc::Deadline d;
  ch.Send("charge", d);
  // Not a constant: conncheck does not guess.
  rpcdb::set_autocommit(c, on);
  ch.Send("charge", d);
}
