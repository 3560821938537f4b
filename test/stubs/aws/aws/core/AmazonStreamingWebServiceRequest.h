// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/AmazonStreamingWebServiceRequest.h
// Version: 1.11.x (index copy at commit 22f26943eeb2931ca77e4bcdf8af59712889144f).
// SetBody / GetBody / SetContentType / GetContentType live HERE (PutObjectRequest and UploadPartRequest
// inherit them through Aws::S3::StreamingS3Request). GetBody is `override` in the real header (of a virtual
// in AmazonWebServiceRequest, not stubbed), so it is only `virtual` here.
#pragma once

#include <aws/core/AmazonWebServiceRequest.h>
#include <aws/core/utils/memory/stl/AWSStreamFwd.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <memory>

namespace Aws
{
    static const char* DEFAULT_CONTENT_TYPE = "binary/octet-stream";

    class AmazonStreamingWebServiceRequest : public AmazonWebServiceRequest
    {
    public:
        AmazonStreamingWebServiceRequest() : m_contentType(DEFAULT_CONTENT_TYPE) {}
        virtual ~AmazonStreamingWebServiceRequest() override = default;

        inline virtual std::shared_ptr<Aws::IOStream> GetBody() const { return m_bodyStream; }
        inline void SetBody(const std::shared_ptr<Aws::IOStream>& body) { m_bodyStream = body; }

        const Aws::String& GetContentType() const { return m_contentType; }
        void SetContentType(const Aws::String& contentType) { m_contentType = contentType; }

    private:
        std::shared_ptr<Aws::IOStream> m_bodyStream;
        Aws::String m_contentType;
    };
} // namespace Aws
