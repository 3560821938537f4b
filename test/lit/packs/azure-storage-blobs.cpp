// RUN: %check_conncheck %s -- %cxxflags
//
// Azure SDK for C++ Blob Storage (stub mirroring azure-storage-blobs 12.x
// and azure-core): BlobClient, BlockBlobClient and BlobContainerClient calls
// are synchronous HTTP requests; StartCopyFromUri sends the copy request and
// its operation's PollUntilDone waits for the copy; ListBlobs fetches the
// first page and MoveToNextPage the next. Getting a client for a blob, the
// URL, and a MemoryBodyStream are local. Transactions are SOCI 4.0's
// (Debian's real headers).

#include <azure/storage/blobs.hpp>
#include <soci/soci.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace blobs = Azure::Storage::Blobs;

void upload_in_transaction(soci::session &sql,
                           blobs::BlobContainerClient &container,
                           std::vector<uint8_t> const &pdf) {
  soci::transaction tr(sql);
  sql << "UPDATE invoices SET state = 'stored' WHERE id = 3";
  blobs::BlockBlobClient blob = container.GetBlockBlobClient("3.pdf");
  Azure::Core::IO::MemoryBodyStream body(pdf);
  blob.Upload(body);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlockBlobClient::Upload' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-6]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+17]]:6: note: transaction 'tr' ends here
  blob.UploadFrom("/tmp/3.pdf");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlockBlobClient::UploadFrom' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-10]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+13]]:6: note: transaction 'tr' ends here
  blob.StageBlock("AAAA", body);
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlockBlobClient::StageBlock' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-14]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tr' ends here
  blob.CommitBlockList({"AAAA"});
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlockBlobClient::CommitBlockList' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-18]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tr' ends here
  container.UploadBlob("3-copy.pdf", body);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: slow storage call 'Azure::Storage::Blobs::BlobContainerClient::UploadBlob' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-22]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

// Download, DownloadTo and Delete are BlobClient's, called here through a
// BlockBlobClient: the rule names the declaring class.
void downloads_in_transaction(soci::session &sql, blobs::BlockBlobClient &blob,
                              blobs::BlobContainerClient &container) {
  soci::transaction tr(sql);
  auto download = blob.Download();
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: slow storage call 'Azure::Storage::Blobs::BlobClient::Download' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+21]]:6: note: transaction 'tr' ends here
  blob.DownloadTo("/tmp/3.pdf");
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlobClient::DownloadTo' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-7]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+17]]:6: note: transaction 'tr' ends here
  blob.Delete();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Storage::Blobs::BlobClient::Delete' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-11]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+13]]:6: note: transaction 'tr' ends here
  container.DeleteBlob("4.pdf");
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: slow storage call 'Azure::Storage::Blobs::BlobContainerClient::DeleteBlob' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-15]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+9]]:6: note: transaction 'tr' ends here
  blobs::ListBlobsPagedResponse page = container.ListBlobs();
  // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: slow storage call 'Azure::Storage::Blobs::BlobContainerClient::ListBlobs' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-19]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:6: note: transaction 'tr' ends here
  page.MoveToNextPage();
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow storage call 'Azure::Core::PagedResponse::MoveToNextPage' while database transaction 'tr' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-23]]:21: note: transaction 'tr' (soci::transaction) begins here{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:6: note: transaction 'tr' ends here
  tr.commit();
}

void copy_waited_in_transaction(soci::session &sql, blobs::BlobClient &blob) {
  sql.begin();
  blobs::StartBlobCopyOperation copy =
      blob.StartCopyFromUri("https://example.blob.core.windows.net/a/3.pdf");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: slow storage call 'Azure::Storage::Blobs::BlobClient::StartCopyFromUri' while database transaction 'sql' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-4]]:7: note: transaction on 'sql' begins here with 'soci::session::begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+5]]:7: note: transaction on 'sql' ends here
  copy.PollUntilDone(std::chrono::seconds(1));
  // CHECK-MESSAGES: :[[@LINE-1]]:8: warning: slow wait call 'Azure::Core::Operation::PollUntilDone' while database transaction 'sql' is open [conncheck-slow-call-in-transaction]
  // CHECK-MESSAGES: :[[@LINE-8]]:7: note: transaction on 'sql' begins here with 'soci::session::begin'{{$}}
  // CHECK-MESSAGES: :[[@LINE+1]]:7: note: transaction on 'sql' ends here
  sql.commit();
}

// --- Near misses: no finding. ---

void local_calls(soci::session &sql, blobs::BlobContainerClient &container,
                 std::vector<uint8_t> const &pdf) {
  soci::transaction tr(sql);
  blobs::BlobClient blob = container.GetBlobClient("3.pdf");
  blobs::BlockBlobClient block = container.GetBlockBlobClient("3.pdf");
  Azure::Core::IO::MemoryBodyStream body(pdf);
  sql << "UPDATE invoices SET url = '" + blob.GetUrl() + "', size = " +
             std::to_string(body.Length());
  tr.commit();
  block.Upload(body);
}

void copy_started_inside_waited_after(soci::session &sql,
                                      blobs::BlobClient &blob) {
  {
    soci::transaction tr(sql);
    sql << "UPDATE invoices SET archived = 1";
    tr.commit();
  }
  blobs::StartBlobCopyOperation copy =
      blob.StartCopyFromUri("https://example.blob.core.windows.net/a/3.pdf");
  if (!copy.IsDone())
    copy.PollUntilDone(std::chrono::seconds(1));
}
