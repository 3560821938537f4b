// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs/block_blob_client.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2 (azure-storage-blobs 12.x), reduced to what conncheck's tests use.
#pragma once

#include "azure/core/context.hpp"
#include "azure/core/io/body_stream.hpp"
#include "azure/core/response.hpp"
#include "azure/storage/blobs/blob_client.hpp"
#include <cstdint>
#include <string>
#include <vector>

namespace Azure { namespace Storage { namespace Blobs {
  class BlockBlobClient final : public BlobClient {
  public:
    explicit BlockBlobClient(
        const std::string& blobUrl,
        const BlobClientOptions& options = BlobClientOptions());

    Azure::Response<Models::UploadBlockBlobResult> Upload(
        Azure::Core::IO::BodyStream& content,
        const UploadBlockBlobOptions& options = UploadBlockBlobOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::UploadBlockBlobFromResult> UploadFrom(
        const uint8_t* buffer,
        size_t bufferSize,
        const UploadBlockBlobFromOptions& options = UploadBlockBlobFromOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::UploadBlockBlobFromResult> UploadFrom(
        const std::string& fileName,
        const UploadBlockBlobFromOptions& options = UploadBlockBlobFromOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::StageBlockResult> StageBlock(
        const std::string& blockId,
        Azure::Core::IO::BodyStream& content,
        const StageBlockOptions& options = StageBlockOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;

    Azure::Response<Models::CommitBlockListResult> CommitBlockList(
        const std::vector<std::string>& blockIds,
        const CommitBlockListOptions& options = CommitBlockListOptions(),
        const Azure::Core::Context& context = Azure::Core::Context()) const;
  };
}}} // namespace Azure::Storage::Blobs
