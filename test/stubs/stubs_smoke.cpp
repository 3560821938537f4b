// Smoke test for the conncheck stub headers (aws-sdk-cpp 1.11.x and libcpr 1.10.x mirrors).
// Must compile with:
//   clang++-19 -fsyntax-only -std=c++17 -isystem test/stubs/aws -isystem test/stubs/cpr test/stubs/stubs_smoke.cpp
// (and with -std=c++20). It is never linked.

#include <aws/core/Aws.h>
#include <aws/core/client/AWSError.h>
#include <aws/core/client/ClientConfiguration.h>
#include <aws/core/utils/Outcome.h>
#include <aws/core/utils/memory/AWSMemory.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/S3Errors.h>
#include <aws/s3/S3ServiceClientModel.h>
#include <aws/s3/model/AbortMultipartUploadRequest.h>
#include <aws/s3/model/CompleteMultipartUploadRequest.h>
#include <aws/s3/model/CopyObjectRequest.h>
#include <aws/s3/model/CopyObjectResult.h>
#include <aws/s3/model/CreateMultipartUploadRequest.h>
#include <aws/s3/model/DeleteObjectRequest.h>
#include <aws/s3/model/DeleteObjectResult.h>
#include <aws/s3/model/DeleteObjectsRequest.h>
#include <aws/s3/model/GetObjectRequest.h>
#include <aws/s3/model/GetObjectResult.h>
#include <aws/s3/model/HeadObjectRequest.h>
#include <aws/s3/model/HeadObjectResult.h>
#include <aws/s3/model/ListObjectsV2Request.h>
#include <aws/s3/model/ListObjectsV2Result.h>
#include <aws/s3/model/PutObjectRequest.h>
#include <aws/s3/model/PutObjectResult.h>
#include <aws/s3/model/UploadPartRequest.h>

#include <cpr/api.h>
#include <cpr/async_wrapper.h>
#include <cpr/cpr.h>
#include <cpr/cprtypes.h>
#include <cpr/response.h>
#include <cpr/session.h>
#include <cpr/timeout.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <type_traits>

// ---- compile-time checks of a few mirrored facts ---------------------------------------------------
static_assert(std::is_same<Aws::String, std::string>::value, "Aws::String is std::string in the default build");
static_assert(std::is_same<Aws::IOStream, std::iostream>::value, "Aws::IOStream is std::iostream");
static_assert(std::is_same<Aws::S3::Model::PutObjectOutcomeCallable, std::future<Aws::S3::Model::PutObjectOutcome>>::value, "");
static_assert(std::is_same<Aws::S3::Model::PutObjectOutcome,
                           Aws::Utils::Outcome<Aws::S3::Model::PutObjectResult, Aws::S3::S3Error>>::value, "");
static_assert(std::is_same<cpr::AsyncResponse, cpr::AsyncWrapper<cpr::Response, false>>::value, "");
static_assert(std::is_base_of<Aws::Client::AWSError<Aws::S3::S3Errors>, Aws::S3::S3Error>::value, "");

// ---- aws-sdk-cpp ------------------------------------------------------------------------------------
void aws_init_shutdown() {
    Aws::SDKOptions options;
    Aws::InitAPI(options);
    Aws::ShutdownAPI(options);
}

Aws::S3::S3Client make_client() {
    Aws::Client::ClientConfiguration config;
    config.region = "us-east-1";
    config.endpointOverride = "localhost:9000";
    Aws::S3::S3Client legacy(config, Aws::Client::AWSAuthV4Signer::PayloadSigningPolicy::Never, false);
    (void)legacy;
    return Aws::S3::S3Client(config);  // via S3ClientConfiguration's converting constructor, as in real code
}

bool aws_put(const Aws::S3::S3Client& client) {
    Aws::S3::Model::PutObjectRequest request;
    request.SetBucket("bucket");
    request.SetKey(Aws::String("key"));
    request.SetContentType("text/plain");
    auto body = Aws::MakeShared<std::stringstream>("smoke", "hello");
    request.SetBody(body);
    request.WithBucket("b").WithKey("k");
    Aws::S3::Model::PutObjectOutcome outcome = client.PutObject(request);
    if (!outcome.IsSuccess()) {
        std::cerr << outcome.GetError().GetMessage() << "\n";
        return outcome.GetError().GetErrorType() == Aws::S3::S3Errors::NO_SUCH_BUCKET;
    }
    return !outcome.GetResult().GetETag().empty();
}

long long aws_get(const Aws::S3::S3Client& client) {
    Aws::S3::Model::GetObjectRequest request;
    request.WithBucket("bucket").WithKey("key");
    auto outcome = client.GetObject(request);
    if (outcome.IsSuccess()) {
        Aws::IOStream& stream = outcome.GetResult().GetBody();
        std::string s;
        stream >> s;
        return outcome.GetResult().GetContentLength();
    }
    return -1;
}

void aws_async(const Aws::S3::S3Client& client) {
    Aws::S3::Model::PutObjectRequest put;
    Aws::S3::Model::PutObjectOutcomeCallable fut = client.PutObjectCallable(put);
    (void)fut;
    client.PutObjectAsync(put, [](const Aws::S3::S3Client*, const Aws::S3::Model::PutObjectRequest&,
                                  const Aws::S3::Model::PutObjectOutcome&,
                                  const std::shared_ptr<const Aws::Client::AsyncCallerContext>&) {});
    Aws::S3::Model::GetObjectRequest get;
    Aws::S3::Model::GetObjectOutcomeCallable gfut = client.GetObjectCallable(get);
    (void)gfut;
    Aws::S3::GetObjectResponseReceivedHandler handler =
        [](const Aws::S3::S3Client*, const Aws::S3::Model::GetObjectRequest&, Aws::S3::Model::GetObjectOutcome,
           const std::shared_ptr<const Aws::Client::AsyncCallerContext>&) {};
    client.GetObjectAsync(get, handler, Aws::MakeShared<Aws::Client::AsyncCallerContext>("smoke", "ctx"));
}

void aws_other_ops(const Aws::S3::S3Client& client) {
    Aws::S3::Model::DeleteObjectRequest del;
    del.SetBucket("b");
    del.SetKey("k");
    (void)client.DeleteObject(del).IsSuccess();

    Aws::S3::Model::DeleteObjectsRequest dels;
    dels.SetBucket("b");
    (void)client.DeleteObjects(dels);

    Aws::S3::Model::HeadObjectRequest head;
    head.WithBucket("b").WithKey("k");
    auto h = client.HeadObject(head);
    (void)h.GetResult().GetContentLength();

    Aws::S3::Model::ListObjectsV2Request list;
    list.WithBucket("b").WithPrefix("p/").WithMaxKeys(10);
    auto l = client.ListObjectsV2(list);
    for (const auto& obj : l.GetResult().GetContents()) {
        (void)obj.GetKey();
        (void)obj.GetSize();
    }
    (void)l.GetResult().GetNextContinuationToken();

    Aws::S3::Model::CopyObjectRequest copy;
    copy.WithBucket("b").WithKey("k2").WithCopySource("b/k");
    (void)client.CopyObject(copy);

    Aws::S3::Model::CreateMultipartUploadRequest create;
    create.WithBucket("b").WithKey("k");
    auto c = client.CreateMultipartUpload(create);
    const Aws::String& uploadId = c.GetResult().GetUploadId();

    Aws::S3::Model::UploadPartRequest part;
    part.WithBucket("b").WithKey("k").WithUploadId(uploadId).WithPartNumber(1);
    part.SetBody(Aws::MakeShared<std::stringstream>("smoke"));
    (void)client.UploadPart(part).GetResult().GetETag();

    Aws::S3::Model::CompleteMultipartUploadRequest complete;
    complete.WithBucket("b").WithKey("k").WithUploadId(uploadId);
    (void)client.CompleteMultipartUpload(complete);

    Aws::S3::Model::AbortMultipartUploadRequest abort;
    abort.WithBucket("b").WithKey("k").WithUploadId(uploadId);
    (void)client.AbortMultipartUpload(abort);
}

Aws::String aws_presign(Aws::S3::S3Client& client) {
    return client.GeneratePresignedUrl("bucket", "key", Aws::Http::HttpMethod::HTTP_GET, 3600);
}

// ---- cpr ----------------------------------------------------------------------------------------------
long cpr_free_functions() {
    cpr::Response r = cpr::Get(cpr::Url{"http://127.0.0.1:8080/"}, cpr::Header{{"Accept", "text/plain"}},
                               cpr::Parameters{{"q", "1"}}, cpr::Timeout{1000});
    if (r.error) {
        std::cerr << r.error.message << "\n";
    }
    (void)cpr::Post(cpr::Url{"http://127.0.0.1:8080/"}, cpr::Body{"x"});
    (void)cpr::Put(cpr::Url{"http://127.0.0.1:8080/"}, cpr::Body{"x"});
    (void)cpr::Patch(cpr::Url{"http://127.0.0.1:8080/"});
    (void)cpr::Delete(cpr::Url{"http://127.0.0.1:8080/"});
    (void)cpr::Head(cpr::Url{"http://127.0.0.1:8080/"});
    (void)cpr::Options(cpr::Url{"http://127.0.0.1:8080/"});
    std::ofstream out("/dev/null");
    (void)cpr::Download(out, cpr::Url{"http://127.0.0.1:8080/file"});
    return r.status_code + static_cast<long>(r.text.size());
}

void cpr_async() {
    cpr::AsyncResponse fr = cpr::GetAsync(cpr::Url{"http://127.0.0.1:8080/"});
    if (fr.valid()) {
        fr.wait();
        (void)fr.wait_for(std::chrono::milliseconds(10));
        cpr::Response r = fr.get();
        (void)r;
    }
    cpr::AsyncResponse pr = cpr::PostAsync(cpr::Url{"http://127.0.0.1:8080/"}, cpr::Body{"x"});
    (void)pr.get();
}

void cpr_session() {
    cpr::Session session;
    session.SetUrl(cpr::Url{"http://127.0.0.1:8080/"});
    session.SetHeader(cpr::Header{{"X-Test", "1"}});
    session.SetBody(cpr::Body{"payload"});
    session.SetTimeout(cpr::Timeout{std::chrono::seconds(2)});
    session.SetParameters(cpr::Parameters{{"a", "b"}});
    (void)session.Get();
    (void)session.Post();
    (void)session.Put();
    (void)session.Delete();
    (void)session.Head();
    (void)session.Options();
    (void)session.Patch();
    std::ofstream out("/dev/null");
    (void)session.Download(out);
    cpr::AsyncResponse a = session.GetAsync();
    (void)a;
}
