// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs/blob_options.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2 (azure-storage-blobs 12.x), reduced to the option types the stubbed
// calls take.
#pragma once

#include <string>

namespace Azure { namespace Storage { namespace Blobs {
  struct BlobClientOptions {};
  struct GetBlobPropertiesOptions {};
  struct StartBlobCopyFromUriOptions {};
  struct DownloadBlobOptions {};
  struct DownloadBlobToOptions {};
  struct DeleteBlobOptions {};
  struct UploadBlockBlobOptions {};
  struct UploadBlockBlobFromOptions {};
  struct StageBlockOptions {};
  struct CommitBlockListOptions {};
  struct CreateBlobContainerOptions {};
  struct ListBlobsOptions {
    std::string Prefix;
  };
}}} // namespace Azure::Storage::Blobs
