// Stub mirroring googleapis/google-cloud-cpp google/cloud/storage/version.h
// (v2.x): storage declares its names in google::cloud::storage, inside the
// versioned inline namespace of google/cloud/version.h.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_VERSION_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_VERSION_H

#include "google/cloud/version.h"

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_STORAGE_VERSION_H
