// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/client/AWSError.h
// Version: 1.11.x (index copy at commit 0a84f74d4ddea8d9faafb7277c7db3a39a60c317).
// Kept: constructors, GetErrorType, GetExceptionName, SetExceptionName, GetMessage, SetMessage,
// GetRemoteHostIpAddress, GetRequestId, SetRequestId, ShouldRetry, GetResponseHeaders, ShouldThrottle.
// Omitted: HttpResponseCode accessors, XML/JSON payload members.
#pragma once

#include <aws/core/http/HttpTypes.h>
#include <aws/core/utils/memory/stl/AWSString.h>

#include <utility>

namespace Aws
{
    namespace Client
    {
        enum class CoreErrors;

        enum class ErrorPayloadType
        {
            NOT_SET,
            XML,
            JSON
        };

        enum class RetryableType
        {
          NOT_RETRYABLE,
          RETRYABLE,
          RETRYABLE_THROTTLING
        };

        template<typename ERROR_TYPE>
        class AWSError
        {
            template<typename T> friend class AWSError;
        public:
            AWSError() : AWSError({}, RetryableType::NOT_RETRYABLE) {}

            AWSError(ERROR_TYPE errorType, Aws::String exceptionName, Aws::String message, bool isRetryable) :
              AWSError(errorType, isRetryable ? RetryableType::RETRYABLE : RetryableType::NOT_RETRYABLE, exceptionName, message) {}

            AWSError(ERROR_TYPE errorType, bool isRetryable) :
              AWSError(errorType, isRetryable ? RetryableType::RETRYABLE : RetryableType::NOT_RETRYABLE) {}

            AWSError(ERROR_TYPE errorType, RetryableType retryableType, Aws::String exceptionName = "", Aws::String message = "") :
              m_errorType(errorType), m_exceptionName(std::move(exceptionName)), m_message(std::move(message)), m_retryableType(retryableType) {}

            AWSError(AWSError&&) = default;
            AWSError(const AWSError&) = default;

            template<typename OTHER_ERROR_TYPE>
            AWSError(AWSError<OTHER_ERROR_TYPE>&& rhs) :
                m_errorType(static_cast<ERROR_TYPE>(rhs.m_errorType)),
                m_exceptionName(std::move(rhs.m_exceptionName)),
                m_message(std::move(rhs.m_message)),
                m_retryableType(rhs.m_retryableType) {}

            template<typename OTHER_ERROR_TYPE>
            AWSError(const AWSError<OTHER_ERROR_TYPE>& rhs) :
                m_errorType(static_cast<ERROR_TYPE>(rhs.m_errorType)),
                m_exceptionName(rhs.m_exceptionName),
                m_message(rhs.m_message),
                m_retryableType(rhs.m_retryableType) {}

            AWSError& operator=(const AWSError<ERROR_TYPE>&) = default;
            AWSError& operator=(AWSError<ERROR_TYPE>&&) = default;

            inline const ERROR_TYPE GetErrorType() const { return m_errorType; }
            inline const Aws::String& GetExceptionName() const { return m_exceptionName; }
            inline void SetExceptionName(const Aws::String& exceptionName) { m_exceptionName = exceptionName; }
            inline const Aws::String& GetMessage() const { return m_message; }
            inline void SetMessage(const Aws::String& message) { m_message = message; }
            inline const Aws::String& GetRemoteHostIpAddress() const { return m_remoteHostIpAddress; }
            inline const Aws::String& GetRequestId() const { return m_requestId; }
            inline void SetRequestId(const Aws::String& requestId) { m_requestId = requestId; }
            inline bool ShouldRetry() const { return m_retryableType == RetryableType::RETRYABLE || m_retryableType == RetryableType::RETRYABLE_THROTTLING; }
            inline const Aws::Http::HeaderValueCollection& GetResponseHeaders() const { return m_responseHeaders; }
            inline bool ShouldThrottle() const { return m_retryableType == RetryableType::RETRYABLE_THROTTLING; }

        protected:
            ERROR_TYPE m_errorType;
            Aws::String m_exceptionName;
            Aws::String m_message;
            Aws::String m_remoteHostIpAddress;
            Aws::String m_requestId;
            Aws::Http::HeaderValueCollection m_responseHeaders;
            RetryableType m_retryableType;
        };
    } // namespace Client
} // namespace Aws
