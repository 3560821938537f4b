// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs/blob_responses.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2 (azure-storage-blobs 12.x), reduced to what conncheck's tests use.
#pragma once

#include "azure/core/operation.hpp"
#include "azure/core/paged_response.hpp"
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace Azure { namespace Storage { namespace Blobs {
  class BlobClient;
  class PageBlobClient;

  namespace Models {
    struct BlobProperties {
      int64_t BlobSize = 0;
    };
    struct DownloadBlobResult {
      int64_t ContentLength = 0;
    };
    struct DownloadBlobToResult {
      int64_t ContentLength = 0;
    };
    struct DeleteBlobResult {
      bool Deleted = true;
    };
    struct UploadBlockBlobResult {};
    struct UploadBlockBlobFromResult {};
    struct StageBlockResult {};
    struct CommitBlockListResult {};
    struct CreateBlobContainerResult {
      bool Created = true;
    };
    struct BlobItem {
      std::string Name;
    };
  } // namespace Models

  class StartBlobCopyOperation final : public Azure::Core::Operation<Models::BlobProperties> {
  public:
    Models::BlobProperties Value() const override { return m_pollResult; }
    StartBlobCopyOperation() = default;
    StartBlobCopyOperation(StartBlobCopyOperation&&) = default;
    StartBlobCopyOperation& operator=(StartBlobCopyOperation&&) = default;
    ~StartBlobCopyOperation() override {}

  private:
    Azure::Response<Models::BlobProperties> PollUntilDoneInternal(
        std::chrono::milliseconds period,
        Azure::Core::Context& context) override;

    Models::BlobProperties m_pollResult;
  };

  class ListBlobsPagedResponse final : public Azure::Core::PagedResponse<ListBlobsPagedResponse> {
  public:
    std::string BlobContainerName;
    std::vector<Models::BlobItem> Blobs;
  };
}}} // namespace Azure::Storage::Blobs
