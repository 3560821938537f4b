// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs/blob_container_client.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2 (azure-storage-blobs 12.x), reduced to what conncheck's tests use.
#pragma once

#include "azure/core/context.hpp"
#include "azure/core/io/body_stream.hpp"
#include "azure/core/response.hpp"
#include "azure/storage/blobs/blob_client.hpp"
#include "azure/storage/blobs/block_blob_client.hpp"
#include <string>

namespace Azure { namespace Storage { namespace Blobs {
  class BlobContainerClient final {
  public:
    static BlobContainerClient CreateFromConnectionString(
        const std::string& connectionString,
        const std::string& blobContainerName,
        const BlobClientOptions& options = BlobClientOptions());

    explicit BlobContainerClient(
        const std::string& blobContainerUrl,
        const BlobClientOptions& options = BlobClientOptions());

    BlobClient GetBlobClient(const std::string& blobName) const;
    BlockBlobClient GetBlockBlobClient(const std::string& blobName) const;
    std::string GetUrl() const { return m_blobContainerUrl; }

    Azure::Response<Models::CreateBlobContainerResult> CreateIfNotExists(
        const CreateBlobContainerOptions& options = CreateBlobContainerOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    ListBlobsPagedResponse ListBlobs(
        const ListBlobsOptions& options = ListBlobsOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::DeleteBlobResult> DeleteBlob(
        const std::string& blobName,
        const DeleteBlobOptions& options = DeleteBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<BlockBlobClient> UploadBlob(
        const std::string& blobName,
        Azure::Core::IO::BodyStream& content,
        const UploadBlockBlobOptions& options = UploadBlockBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

  private:
    std::string m_blobContainerUrl;
  };
}}} // namespace Azure::Storage::Blobs
