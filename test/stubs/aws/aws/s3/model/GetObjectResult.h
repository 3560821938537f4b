// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/GetObjectResult.h
// Version: 1.11.x (index copy at commit 0068529fac0523ce7e5443e090748f7b26774b19).
// Move-only like the real class. GetBody()/ReplaceBody() are declared only (the real inline bodies use
// Aws::Utils::Stream::ResponseStream, not stubbed). Kept getters: GetBody, GetDeleteMarker, GetContentLength, GetETag.
#pragma once

#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws
{
namespace S3
{
namespace Model
{
  class GetObjectResult
  {
  public:
    GetObjectResult();
    GetObjectResult(GetObjectResult&&);
    GetObjectResult& operator=(GetObjectResult&&);
    GetObjectResult(const GetObjectResult&) = delete;
    GetObjectResult& operator=(const GetObjectResult&) = delete;

    /**
     * <p>Object data.</p>
     */
    Aws::IOStream& GetBody() const;
    void ReplaceBody(Aws::IOStream* body);

    inline bool GetDeleteMarker() const{ return m_deleteMarker; }
    inline long long GetContentLength() const{ return m_contentLength; }
    inline const Aws::String& GetETag() const{ return m_eTag; }

  private:
    bool m_deleteMarker{false};
    long long m_contentLength{0};
    Aws::String m_eTag;
  };

} // namespace Model
} // namespace S3
} // namespace Aws
