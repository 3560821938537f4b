// Stub mirroring googleapis/google-cloud-cpp google/cloud/version.h (v2.x):
// the versioned inline namespace every google-cloud-cpp library declares its
// names in. Only what conncheck's tests need.
#ifndef GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_VERSION_H
#define GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_VERSION_H

#define GOOGLE_CLOUD_CPP_VERSION_MAJOR 2
#define GOOGLE_CLOUD_CPP_VERSION_MINOR 29
#define GOOGLE_CLOUD_CPP_VERSION_PATCH 0

#define GOOGLE_CLOUD_CPP_VCONCAT(Ma, Mi, Pa) v##Ma##_##Mi##_##Pa
#define GOOGLE_CLOUD_CPP_VEVAL(Ma, Mi, Pa) GOOGLE_CLOUD_CPP_VCONCAT(Ma, Mi, Pa)
#define GOOGLE_CLOUD_CPP_NS                              \
  GOOGLE_CLOUD_CPP_VEVAL(GOOGLE_CLOUD_CPP_VERSION_MAJOR, \
                         GOOGLE_CLOUD_CPP_VERSION_MINOR, \
                         GOOGLE_CLOUD_CPP_VERSION_PATCH)
#define GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_BEGIN \
  inline namespace GOOGLE_CLOUD_CPP_NS {
#define GOOGLE_CLOUD_CPP_INLINE_NAMESPACE_END \
  } /* namespace GOOGLE_CLOUD_CPP_NS */

#endif  // GOOGLE_CLOUD_CPP_GOOGLE_CLOUD_VERSION_H
