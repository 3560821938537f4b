// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/S3EndpointProvider.h
// Version: 1.11.x (index copy at commit 249aa34e39385b702e4821dd4cfeec70d7739715).
// Class/alias names and bases only; member functions omitted.
#pragma once

#include <aws/core/endpoint/BDDEndpointProvider.h>
#include <aws/core/endpoint/EndpointProviderBase.h>
#include <aws/s3/S3ClientConfiguration.h>

namespace Aws {
namespace S3 {
namespace Endpoint {
using S3ClientConfiguration = Aws::S3::S3ClientConfiguration;
using Aws::Endpoint::BDDEndpointProvider;
using Aws::Endpoint::EndpointProviderBase;

class S3ClientContextParameters : public Aws::Endpoint::ClientContextParameters {
 public:
  virtual ~S3ClientContextParameters() {};
};

class S3BuiltInParameters : public Aws::Endpoint::BuiltInParameters {
 public:
  virtual ~S3BuiltInParameters() {};
};

using S3EndpointProviderBase = EndpointProviderBase<S3ClientConfiguration, S3BuiltInParameters, S3ClientContextParameters>;

using S3DefaultEpProviderBase = BDDEndpointProvider<S3ClientConfiguration, S3BuiltInParameters, S3ClientContextParameters>;

class S3EndpointProvider : public S3DefaultEpProviderBase {
 public:
  S3EndpointProvider();

  ~S3EndpointProvider() {}
};
}  // namespace Endpoint
}  // namespace S3
}  // namespace Aws
