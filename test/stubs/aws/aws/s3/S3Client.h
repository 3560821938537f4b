// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/S3Client.h
// Version: 1.11.x, public API as in the newest index copy (commit 02fd547f98e61133b091788f35b9d4b9ee2ead0c);
// the sync operation signatures and the PutObject/GetObject Callable/Async signatures are identical in the
// older index copy (commit 2dbfeade9159d941de0064976095dd174662f230, mid-2023).
//
// Differences from the real header (deliberate):
//  * No base classes (real: Aws::Client::AWSXMLClient, Aws::Client::ClientWithAsyncTemplateMethods<S3Client>,
//    S3PaginationBase<S3Client>, S3Waiter<S3Client>).
//  * Only these operations: AbortMultipartUpload, CompleteMultipartUpload, CopyObject, CreateMultipartUpload,
//    DeleteObject, DeleteObjects, GetObject, HeadObject, ListObjectsV2, PutObject, UploadPart.
//  * Async forms only for PutObject and GetObject. NOTE: in the real SDK these two (and CopyObject) are NOT
//    the template members that forward to SubmitCallable/SubmitAsync; they are hand-written
//    `virtual ... const` non-template members implemented in S3Client.cpp. Mirrored as such (declarations only).
//  * GeneratePresignedUrl: both real overloads; `virtual` as in the newest index copy (the 2dbfeade copy
//    declares them non-virtual).
//  * The index copy 02fd547f also contains "PROTOTYPE" members (GetObjectAsyncProto, PutObjectAsyncProto,
//    *PipelineProto, InvokeServiceOperation) that do not look like released API; they are NOT mirrored.
#pragma once

#include <aws/core/auth/AWSAuthSigner.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>   // real S3Client.h gets Outcome via aws/core/client/AWSClient.h
#include <aws/s3/S3ServiceClientModel.h>

#include <cstdint>
#include <memory>

// TODO: temporary fix for naming conflicts on Windows.
#ifdef _WIN32
#ifdef GetObject
#undef GetObject
#endif
#endif

namespace Aws {
namespace S3 {
namespace SSEHeaders {
static const char SERVER_SIDE_ENCRYPTION[] = "x-amz-server-side-encryption";
static const char SERVER_SIDE_ENCRYPTION_AWS_KMS_KEY_ID[] = "x-amz-server-side-encryption-aws-kms-key-id";
static const char SERVER_SIDE_ENCRYPTION_CUSTOMER_ALGORITHM[] = "x-amz-server-side-encryption-customer-algorithm";
static const char SERVER_SIDE_ENCRYPTION_CUSTOMER_KEY[] = "x-amz-server-side-encryption-customer-key";
static const char SERVER_SIDE_ENCRYPTION_CUSTOMER_KEY_MD5[] = "x-amz-server-side-encryption-customer-key-MD5";
}  // namespace SSEHeaders

// max expiration for presigned urls in s3 is 7 days.
static const unsigned MAX_EXPIRATION_SECONDS = 7 * 24 * 60 * 60;

class S3Client {
 public:
  static const char* GetServiceName();
  static const char* GetAllocationTag();

  typedef S3ClientConfiguration ClientConfigurationType;
  typedef S3EndpointProvider EndpointProviderType;

  S3Client(const S3Client& rhs);
  S3Client& operator=(const S3Client& rhs);
  S3Client(S3Client&& rhs) noexcept;
  S3Client& operator=(S3Client&& rhs) noexcept;

  S3Client(const Aws::S3::S3ClientConfiguration& clientConfiguration = Aws::S3::S3ClientConfiguration(),
           std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr);

  S3Client(const Aws::Auth::AWSCredentials& credentials, std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr,
           const Aws::S3::S3ClientConfiguration& clientConfiguration = Aws::S3::S3ClientConfiguration());

  S3Client(const std::shared_ptr<Aws::Auth::AWSCredentialsProvider>& credentialsProvider,
           std::shared_ptr<S3EndpointProviderBase> endpointProvider = nullptr,
           const Aws::S3::S3ClientConfiguration& clientConfiguration = Aws::S3::S3ClientConfiguration());

  /* Legacy constructors due deprecation */
  S3Client(
      const Aws::Client::ClientConfiguration& clientConfiguration, Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads,
      bool useVirtualAddressing,
      Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION USEast1RegionalEndPointOption = Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);

  S3Client(
      const Aws::Auth::AWSCredentials& credentials, const Aws::Client::ClientConfiguration& clientConfiguration,
      Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads, bool useVirtualAddressing,
      Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION USEast1RegionalEndPointOption = Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);

  S3Client(
      const std::shared_ptr<Aws::Auth::AWSCredentialsProvider>& credentialsProvider,
      const Aws::Client::ClientConfiguration& clientConfiguration, Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy signPayloads,
      bool useVirtualAddressing,
      Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION USEast1RegionalEndPointOption = Aws::S3::US_EAST_1_REGIONAL_ENDPOINT_OPTION::NOT_SET);
  /* End of legacy constructors due deprecation */

  virtual ~S3Client();

  virtual Model::AbortMultipartUploadOutcome AbortMultipartUpload(const Model::AbortMultipartUploadRequest& request) const;

  virtual Model::CompleteMultipartUploadOutcome CompleteMultipartUpload(const Model::CompleteMultipartUploadRequest& request) const;

  virtual Model::CopyObjectOutcome CopyObject(const Model::CopyObjectRequest& request) const;

  virtual Model::CreateMultipartUploadOutcome CreateMultipartUpload(const Model::CreateMultipartUploadRequest& request) const;

  virtual Model::DeleteObjectOutcome DeleteObject(const Model::DeleteObjectRequest& request) const;

  virtual Model::DeleteObjectsOutcome DeleteObjects(const Model::DeleteObjectsRequest& request) const;

  virtual Model::GetObjectOutcome GetObject(const Model::GetObjectRequest& request) const;

  /**
   * A Callable wrapper for GetObject that returns a future to the operation so that it can be executed in parallel to other requests.
   */
  virtual Model::GetObjectOutcomeCallable GetObjectCallable(const Model::GetObjectRequest& request) const;

  /**
   * An Async wrapper for GetObject that queues the request into a thread executor and triggers associated callback when operation has
   * finished.
   */
  virtual void GetObjectAsync(const Model::GetObjectRequest& request, const GetObjectResponseReceivedHandler& handler,
                              const std::shared_ptr<const Aws::Client::AsyncCallerContext>& context = nullptr) const;

  virtual Model::HeadObjectOutcome HeadObject(const Model::HeadObjectRequest& request) const;

  virtual Model::ListObjectsV2Outcome ListObjectsV2(const Model::ListObjectsV2Request& request) const;

  virtual Model::PutObjectOutcome PutObject(const Model::PutObjectRequest& request) const;

  /**
   * A Callable wrapper for PutObject that returns a future to the operation so that it can be executed in parallel to other requests.
   */
  virtual Model::PutObjectOutcomeCallable PutObjectCallable(const Model::PutObjectRequest& request) const;

  /**
   * An Async wrapper for PutObject that queues the request into a thread executor and triggers associated callback when operation has
   * finished.
   */
  virtual void PutObjectAsync(const Model::PutObjectRequest& request, const PutObjectResponseReceivedHandler& handler,
                              const std::shared_ptr<const Aws::Client::AsyncCallerContext>& context = nullptr) const;

  virtual Model::UploadPartOutcome UploadPart(const Model::UploadPartRequest& request) const;

  virtual Aws::String GeneratePresignedUrl(const Aws::String& bucket, const Aws::String& key, Aws::Http::HttpMethod method,
                                           uint64_t expirationInSeconds = MAX_EXPIRATION_SECONDS);

  virtual Aws::String GeneratePresignedUrl(const Aws::String& bucket, const Aws::String& key, Aws::Http::HttpMethod method,
                                           const Http::HeaderValueCollection& customizedHeaders,
                                           uint64_t expirationInSeconds = MAX_EXPIRATION_SECONDS);

  virtual bool MultipartUploadSupported() const;

  virtual void OverrideEndpoint(const Aws::String& endpoint);
};

}  // namespace S3
}  // namespace Aws
