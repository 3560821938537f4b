// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/S3ServiceClientModel.h
// Version: 1.11.x (index copy at commit 0d77293739cf8bf7512d8ca90018c358a1c56938).
// Only the operations stubbed in S3Client.h: their request forward declarations, Outcome typedefs,
// OutcomeCallable typedefs, plus the PutObject/GetObject async handler typedefs.
// (Aws::S3::S3Error itself is defined in aws/s3/S3Errors.h, as in the real SDK.)
#pragma once

/* Generic header includes */
#include <aws/s3/S3Errors.h>
#include <aws/s3/S3ClientConfiguration.h>
#include <aws/core/client/AWSError.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/client/AsyncCallerContext.h>
#include <aws/core/http/HttpTypes.h>
#include <aws/s3/S3EndpointProvider.h>
#include <future>
#include <functional>
/* End of generic header includes */

/* Service model headers required in S3Client header */
#include <aws/s3/model/AbortMultipartUploadResult.h>
#include <aws/s3/model/CompleteMultipartUploadResult.h>
#include <aws/s3/model/CopyObjectResult.h>
#include <aws/s3/model/CreateMultipartUploadResult.h>
#include <aws/s3/model/DeleteObjectResult.h>
#include <aws/s3/model/DeleteObjectsResult.h>
#include <aws/s3/model/GetObjectResult.h>
#include <aws/s3/model/HeadObjectResult.h>
#include <aws/s3/model/ListObjectsV2Result.h>
#include <aws/s3/model/PutObjectResult.h>
#include <aws/s3/model/UploadPartResult.h>
/* End of service model headers required in S3Client header */

namespace Aws
{
  namespace Utils
  {
    template< typename R, typename E> class Outcome;
  } // namespace Utils

  namespace Auth
  {
    class AWSCredentials;
    class AWSCredentialsProvider;
  } // namespace Auth

  namespace S3
  {
    using S3EndpointProviderBase = Aws::S3::Endpoint::S3EndpointProviderBase;
    using S3EndpointProvider = Aws::S3::Endpoint::S3EndpointProvider;

    namespace Model
    {
      /* Service model forward declarations required in S3Client header */
      class AbortMultipartUploadRequest;
      class CompleteMultipartUploadRequest;
      class CopyObjectRequest;
      class CreateMultipartUploadRequest;
      class DeleteObjectRequest;
      class DeleteObjectsRequest;
      class GetObjectRequest;
      class HeadObjectRequest;
      class ListObjectsV2Request;
      class PutObjectRequest;
      class UploadPartRequest;
      /* End of service model forward declarations required in S3Client header */

      /* Service model Outcome class definitions */
      typedef Aws::Utils::Outcome<AbortMultipartUploadResult, S3Error> AbortMultipartUploadOutcome;
      typedef Aws::Utils::Outcome<CompleteMultipartUploadResult, S3Error> CompleteMultipartUploadOutcome;
      typedef Aws::Utils::Outcome<CopyObjectResult, S3Error> CopyObjectOutcome;
      typedef Aws::Utils::Outcome<CreateMultipartUploadResult, S3Error> CreateMultipartUploadOutcome;
      typedef Aws::Utils::Outcome<DeleteObjectResult, S3Error> DeleteObjectOutcome;
      typedef Aws::Utils::Outcome<DeleteObjectsResult, S3Error> DeleteObjectsOutcome;
      typedef Aws::Utils::Outcome<GetObjectResult, S3Error> GetObjectOutcome;
      typedef Aws::Utils::Outcome<HeadObjectResult, S3Error> HeadObjectOutcome;
      typedef Aws::Utils::Outcome<ListObjectsV2Result, S3Error> ListObjectsV2Outcome;
      typedef Aws::Utils::Outcome<PutObjectResult, S3Error> PutObjectOutcome;
      typedef Aws::Utils::Outcome<UploadPartResult, S3Error> UploadPartOutcome;
      /* End of service model Outcome class definitions */

      /* Service model Outcome callable definitions */
      typedef std::future<AbortMultipartUploadOutcome> AbortMultipartUploadOutcomeCallable;
      typedef std::future<CompleteMultipartUploadOutcome> CompleteMultipartUploadOutcomeCallable;
      typedef std::future<CopyObjectOutcome> CopyObjectOutcomeCallable;
      typedef std::future<CreateMultipartUploadOutcome> CreateMultipartUploadOutcomeCallable;
      typedef std::future<DeleteObjectOutcome> DeleteObjectOutcomeCallable;
      typedef std::future<DeleteObjectsOutcome> DeleteObjectsOutcomeCallable;
      typedef std::future<GetObjectOutcome> GetObjectOutcomeCallable;
      typedef std::future<HeadObjectOutcome> HeadObjectOutcomeCallable;
      typedef std::future<ListObjectsV2Outcome> ListObjectsV2OutcomeCallable;
      typedef std::future<PutObjectOutcome> PutObjectOutcomeCallable;
      typedef std::future<UploadPartOutcome> UploadPartOutcomeCallable;
      /* End of service model Outcome callable definitions */
    } // namespace Model

    class S3Client;

    /* Service model async handlers definitions */
    typedef std::function<void(const S3Client*, const Model::GetObjectRequest&, Model::GetObjectOutcome, const std::shared_ptr<const Aws::Client::AsyncCallerContext>&) > GetObjectResponseReceivedHandler;
    typedef std::function<void(const S3Client*, const Model::PutObjectRequest&, const Model::PutObjectOutcome&, const std::shared_ptr<const Aws::Client::AsyncCallerContext>&) > PutObjectResponseReceivedHandler;
    /* End of service model async handlers definitions */
  } // namespace S3
} // namespace Aws
