// RUN: %check_conncheck %s -- %cxxflags
//
// google-cloud-cpp Storage (stub mirroring google/cloud/storage/client.h and
// its streams; like the real headers, the stub declares every name inside the
// versioned inline namespace google::cloud::storage::v2_29_0, which rule
// names leave out). Every synchronous Client call is an HTTP request;
// ReadObject/WriteObject open the download or upload themselves, reading the
// stream downloads more and ObjectWriteStream::Close finishes the upload.
// RewriteObject only builds an ObjectRewriter; ListObjects returns a lazy
// reader. Transactions are libpqxx 6.4's (Debian's real headers).

#include <google/cloud/storage/client.h>
#include <pqxx/pqxx>

#include <string>
#include <vector>

namespace gcs = ::google::cloud::storage;

static void archive(gcs::Client &client, std::string const &name) {
  client.CopyObject("reports", name, "archive", name);
}

void insert_object_in_work(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  tx.exec("UPDATE reports SET state = 'uploading' WHERE id = 7");
  auto meta = client.InsertObject("reports", "7.csv", "id,total\n7,42\n",
                                  gcs::IfGenerationMatch(0));
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: slow storage call 'google::cloud::storage::Client::InsertObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void files_in_work(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  client.UploadFile("/tmp/7.csv", "reports", "7.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::Client::UploadFile' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  gcs::Client *p = &client;
  p->DownloadToFile("reports", "6.csv", "/tmp/6.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: slow storage call 'google::cloud::storage::Client::DownloadToFile' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void streams_in_work(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  gcs::ObjectReadStream reader = client.ReadObject("reports", "6.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: slow storage call 'google::cloud::storage::Client::ReadObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+15]]:6: note: transaction 'tx' ends here
  char buffer[4096];
  reader.read(buffer, sizeof buffer);
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::ObjectReadStream::read' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+10]]:6: note: transaction 'tx' ends here
  gcs::ObjectWriteStream writer = client.WriteObject("reports", "8.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: slow storage call 'google::cloud::storage::Client::WriteObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-12]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+6]]:6: note: transaction 'tx' ends here
  writer.write(buffer, reader.gcount());
  writer.Close();
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::ObjectWriteStream::Close' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-17]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void server_side_copies_in_work(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  client.ComposeObject("reports", {{"a.csv"}, {"b.csv"}}, "ab.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::Client::ComposeObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+15]]:6: note: transaction 'tx' ends here
  client.RewriteObjectBlocking("reports", "ab.csv", "archive", "ab.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::Client::RewriteObjectBlocking' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+11]]:6: note: transaction 'tx' ends here
  gcs::ObjectRewriter rewriter =
      client.RewriteObject("reports", "big.csv", "archive", "big.csv");
  rewriter.Result();
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: slow storage call 'google::cloud::storage::ObjectRewriter::Result' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-13]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tx' ends here
  client.DeleteObject("reports", "a.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: slow storage call 'google::cloud::storage::Client::DeleteObject' while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-17]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

void helper_in_work(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  tx.exec("UPDATE reports SET archived = true WHERE id = 7");
  archive(client, "7.csv");
  // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: call to 'archive' reaches a slow storage call ('google::cloud::storage::Client::CopyObject') while database transaction 'tx' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:14: note: transaction 'tx' (pqxx::work) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE-80]]:10: note: 'archive' calls 'google::cloud::storage::Client::CopyObject', a slow storage call{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tx' ends here
  tx.commit();
}

// --- Near misses: no finding. ---

// RewriteObject() only builds the rewriter; ListObjects() only the lazy
// reader. Their requests run after the commit.
void requests_after_commit(pqxx::connection &c, gcs::Client &client) {
  pqxx::work tx(c);
  gcs::ObjectRewriter rewriter =
      client.RewriteObject("reports", "big.csv", "archive", "big.csv");
  gcs::ListObjectsReader objects = client.ListObjects("reports");
  tx.exec("UPDATE reports SET archived = true");
  tx.commit();
  rewriter.Result();
  for (auto const &object : objects)
    (void)object;
}

// Accessors of results already received do no I/O.
void local_accessors(pqxx::connection &c, gcs::ObjectReadStream &reader,
                     gcs::ObjectWriteStream &writer,
                     gcs::ObjectRewriter &rewriter) {
  pqxx::work tx(c);
  if (!reader.status().ok() || !reader.IsOpen())
    tx.exec("UPDATE reports SET failed = true");
  if (writer.metadata().ok())
    tx.exec("UPDATE reports SET size = " +
            std::to_string(writer.metadata().value().size()));
  if (rewriter.CurrentProgress().ok())
    tx.exec("UPDATE reports SET token = " + tx.quote(rewriter.token()));
  tx.commit();
}

void upload_after_the_transaction(pqxx::connection &c, gcs::Client &client) {
  {
    pqxx::work tx(c);
    tx.exec("UPDATE reports SET state = 'uploading' WHERE id = 7");
    tx.commit();
  }
  gcs::Client other;
  client.InsertObject("reports", "7.csv", "id,total\n7,42\n");
  archive(other, "7.csv");
}
