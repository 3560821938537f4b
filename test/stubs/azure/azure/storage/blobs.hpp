// Stub mirroring Azure/azure-sdk-for-cpp sdk/storage/azure-storage-blobs/inc/azure/storage/blobs.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2: the umbrella header.
#pragma once

#include "azure/storage/blobs/blob_client.hpp"
#include "azure/storage/blobs/blob_container_client.hpp"
#include "azure/storage/blobs/blob_options.hpp"
#include "azure/storage/blobs/blob_responses.hpp"
#include "azure/storage/blobs/block_blob_client.hpp"
