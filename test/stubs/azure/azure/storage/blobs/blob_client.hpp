// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs/blob_client.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2 (azure-storage-blobs 12.x), reduced to what conncheck's tests use.
#pragma once

#include "azure/core/context.hpp"
#include "azure/core/response.hpp"
#include "azure/storage/blobs/blob_options.hpp"
#include "azure/storage/blobs/blob_responses.hpp"
#include <cstdint>
#include <string>

namespace Azure { namespace Storage { namespace Blobs {
  class BlockBlobClient;

  class BlobClient {
  public:
    virtual ~BlobClient() = default;

    static BlobClient CreateFromConnectionString(
        const std::string& connectionString,
        const std::string& blobContainerName,
        const std::string& blobName,
        const BlobClientOptions& options = BlobClientOptions());

    explicit BlobClient(
        const std::string& blobUrl,
        const BlobClientOptions& options = BlobClientOptions());

    BlockBlobClient AsBlockBlobClient() const;
    std::string GetUrl() const { return m_blobUrl; }

    Azure::Response<Models::BlobProperties> GetProperties(
        const GetBlobPropertiesOptions& options = GetBlobPropertiesOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    StartBlobCopyOperation StartCopyFromUri(
        const std::string& sourceUri,
        const StartBlobCopyFromUriOptions& options = StartBlobCopyFromUriOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DownloadBlobResult> Download(
        const DownloadBlobOptions& options = DownloadBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DownloadBlobToResult> DownloadTo(
        uint8_t* buffer,
        size_t bufferSize,
        const DownloadBlobToOptions& options = DownloadBlobToOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DownloadBlobToResult> DownloadTo(
        const std::string& fileName,
        const DownloadBlobToOptions& options = DownloadBlobToOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DeleteBlobResult> Delete(
        const DeleteBlobOptions& options = DeleteBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DeleteBlobResult> DeleteIfExists(
        const DeleteBlobOptions& options = DeleteBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

  protected:
    std::string m_blobUrl;
  };
}}} // namespace Azure::Storage::Blobs
