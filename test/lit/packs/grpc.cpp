// RUN: %check_conncheck %s -- %cxxflags -I%S/Inputs/grpc
//
// gRPC C++ 1.51 (Debian's real grpcpp headers, libgrpc++-dev). The generated
// client code (Inputs/grpc/route_guide.grpc.pb.h) is written by hand in the
// shape grpc_cpp_plugin emits for examples/protos/route_guide.proto: no protoc
// here. A generated stub's synchronous methods (members of Service::Stub or
// Service::StubInterface taking a grpc::ClientContext* first) are RPC round
// trips; the Async*/PrepareAsync* methods and the callback API
// (stub->async()->M(...)) only start one. Synchronous streams block in
// Read/Write/WritesDone/Finish/WaitForInitialMetadata; CompletionQueue::Next
// blocks until an event arrives. Transactions are libpqxx 6.4's.

#include "route_guide.grpc.pb.h"

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/completion_queue.h>
#include <grpcpp/generic/generic_stub.h>
#include <pqxx/pqxx>

#include <chrono>
#include <memory>
#include <string>

using routeguide::Feature;
using routeguide::Point;
using routeguide::Rectangle;
using routeguide::RouteGuide;
using routeguide::RouteNote;
using routeguide::RouteSummary;

// A helper one call below the transaction code.
std::string feature_name(RouteGuide::Stub &stub, int lat, int lon) {
  grpc::ClientContext ctx;
  Point p;
  p.set_latitude(lat);
  p.set_longitude(lon);
  Feature f;
  stub.GetFeature(&ctx, p, &f);
  return f.name();
}

void unary_call_in_work(pqxx::connection &c, RouteGuide::Stub &stub) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
  Point p;
  Feature f;
  grpc::Status s = stub.GetFeature(&ctx, p, &f);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: slow rpc call 'routeguide::RouteGuide::Stub::GetFeature' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+3]]:6: note: transaction 'tx' ends here
  if (s.ok())
    tx.exec("UPDATE places SET name = " + tx.quote(f.name()));
  tx.commit();
}

// Through the interface (what a test double implements).
void unary_call_through_interface(pqxx::connection &c,
                                  RouteGuide::StubInterface *stub) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  Point p;
  Feature f;
  stub->GetFeature(&ctx, p, &f);
  // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: slow rpc call 'routeguide::RouteGuide::StubInterface::GetFeature' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void server_stream_in_work(pqxx::connection &c,
                           std::unique_ptr<RouteGuide::Stub> &stub) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  Rectangle rect;
  std::unique_ptr<grpc::ClientReader<Feature>> reader =
      stub->ListFeatures(&ctx, rect);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: slow rpc call 'routeguide::RouteGuide::Stub::ListFeatures' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+11]]:6: note: transaction 'tx' ends here
  Feature f;
  while (reader->Read(&f))
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: slow rpc call 'grpc::ClientReader::Read' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
    // CHECK-MESSAGES: :[[@LINE-11]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
    // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
    tx.exec("INSERT INTO features VALUES (" + tx.quote(f.name()) + ")");
  grpc::Status s = reader->Finish();
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: slow rpc call 'grpc::ClientReader::Finish' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-16]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void client_stream_started_before_written_in_work(pqxx::connection &c,
                                                  RouteGuide::Stub &stub) {
  grpc::ClientContext ctx;
  RouteSummary summary;
  std::unique_ptr<grpc::ClientWriter<Point>> writer =
      stub.RecordRoute(&ctx, &summary);
  pqxx::work tx(c);
  Point p;
  writer->Write(p);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow rpc call 'grpc::ClientWriter::Write' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  writer->WritesDone();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow rpc call 'grpc::ClientWriter::WritesDone' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
  writer->Finish();
}

void bidi_stream_through_interface_in_work(pqxx::connection &c,
                                           RouteGuide::StubInterface &stub) {
  grpc::ClientContext ctx;
  auto stream = stub.RouteChat(&ctx);
  pqxx::work tx(c);
  RouteNote note;
  stream->WaitForInitialMetadata();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow rpc call 'grpc::ClientReaderWriterInterface::WaitForInitialMetadata' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  stream->Write(note);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: slow rpc call 'grpc::ClientReaderWriterInterface::Write' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void completion_queue_next_in_work(pqxx::connection &c, RouteGuide::Stub &stub,
                                   grpc::CompletionQueue &cq) {
  grpc::ClientContext ctx;
  Point p;
  Feature f;
  grpc::Status status;
  auto rpc = stub.AsyncGetFeature(&ctx, p, &cq);
  rpc->Finish(&f, &status, reinterpret_cast<void *>(1));
  pqxx::work tx(c);
  void *tag = nullptr;
  bool ok = false;
  cq.Next(&tag, &ok);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow wait call 'grpc::CompletionQueue::Next' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::now() + std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow wait call 'grpc::CompletionQueue::AsyncNext' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-9]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void channel_wait_in_work(pqxx::connection &c,
                          const std::shared_ptr<grpc::Channel> &channel) {
  pqxx::work tx(c);
  channel->WaitForConnected(std::chrono::system_clock::now() +
                            std::chrono::seconds(5));
  // CHECK-MESSAGES: :[[@LINE-2]]:12: warning: slow rpc call 'grpc::ChannelInterface::WaitForConnected' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void helper_in_work(pqxx::connection &c, RouteGuide::Stub &stub) {
  pqxx::work tx(c);
  std::string name = feature_name(stub, 409146138, -746188906);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: call to 'feature_name' reaches a slow rpc call ('routeguide::RouteGuide::Stub::GetFeature') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-131]]:8: note: 'feature_name' calls 'routeguide::RouteGuide::Stub::GetFeature', a slow rpc call{{$}}
  // CHECK-MESSAGES: :[[@LINE+2]]:6: note: transaction 'tx' ends here
  tx.exec("UPDATE places SET name = " + tx.quote(name));
  tx.commit();
}

// --- Near misses: no finding. ---

void async_calls_only_start(pqxx::connection &c, RouteGuide::Stub &stub,
                            grpc::CompletionQueue &cq) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  Point p;
  Feature f;
  grpc::Status status;
  auto rpc = stub.AsyncGetFeature(&ctx, p, &cq);
  rpc->Finish(&f, &status, reinterpret_cast<void *>(1));
  auto prepared = stub.PrepareAsyncGetFeature(&ctx, p, &cq);
  prepared->StartCall();
  auto reader = stub.AsyncListFeatures(&ctx, Rectangle(), &cq, nullptr);
  reader->Read(&f, nullptr);
  auto chat = stub.PrepareAsyncRouteChat(&ctx, &cq);
  tx.commit();
}

void callback_api_only_starts(pqxx::connection &c, RouteGuide::Stub &stub,
                              RouteGuide::StubInterface &iface) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  Point p;
  Feature f;
  stub.async()->GetFeature(&ctx, &p, &f, [](grpc::Status) {});
  iface.async()->GetFeature(&ctx, &p, &f, [](grpc::Status) {});
  iface.experimental_async()->GetFeature(&ctx, &p, &f, [](grpc::Status) {});
  tx.commit();
}

void generic_stub_only_starts(pqxx::connection &c, grpc::GenericStub &generic,
                              grpc::CompletionQueue &cq) {
  pqxx::work tx(c);
  grpc::ClientContext ctx;
  grpc::ByteBuffer request, response;
  auto call = generic.PrepareUnaryCall(&ctx, "/routeguide.RouteGuide/GetFeature",
                                       request, &cq);
  generic.UnaryCall(&ctx, "/routeguide.RouteGuide/GetFeature",
                    grpc::StubOptions(), &request, &response,
                    [](grpc::Status) {});
  tx.commit();
}

void context_setup_inside_call_after_commit(pqxx::connection &c,
                                            RouteGuide::Stub &stub) {
  grpc::ClientContext ctx;
  Point p;
  Feature f;
  {
    pqxx::work tx(c);
    auto r = tx.exec1("SELECT lat, lon FROM places LIMIT 1");
    p.set_latitude(r[0].as<int>());
    ctx.AddMetadata("x-request-id", "42");
    ctx.set_wait_for_ready(true);
    tx.commit();
  }
  stub.GetFeature(&ctx, p, &f);
  feature_name(stub, 1, 2);
}

void completion_queue_polled(pqxx::connection &c, grpc::CompletionQueue &cq) {
  pqxx::work tx(c);
  void *tag = nullptr;
  bool ok = false;
  // A deadline at the epoch has passed: AsyncNext only polls.
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::time_point());
  // So has a deadline of now, in gRPC's or std's clock.
  cq.AsyncNext(&tag, &ok, gpr_time_0(GPR_CLOCK_REALTIME));
  cq.AsyncNext(&tag, &ok, std::chrono::system_clock::now());
  tx.commit();
}
