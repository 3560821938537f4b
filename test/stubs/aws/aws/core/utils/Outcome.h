// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/utils/Outcome.h
// Version: 1.11.x (index copy at commit 050e1c9aa4ac70b0e0b1b28b32e650665e37317c).
// Same public member set and signatures; logging and cross-type converting constructors omitted.
#pragma once

#include <utility>

namespace Aws
{
    namespace Utils
    {
        template<typename R, typename E> // Result, Error
        class Outcome
        {
        public:
            Outcome() : result(), error(), success(false) {}
            Outcome(const R& r) : result(r), error(), success(true) {}
            Outcome(const E& e) : result(), error(e), success(false) {}
            Outcome(R&& r) : result(std::forward<R>(r)), error(), success(true) {}
            Outcome(E&& e) : result(), error(std::forward<E>(e)), success(false) {}
            Outcome(const Outcome& o) : result(o.result), error(o.error), success(o.success) {}

            template<typename RT, typename ET>
            friend class Outcome;

            Outcome& operator=(const Outcome& o)
            {
                if (this != &o) { result = o.result; error = o.error; success = o.success; retryCount = o.retryCount; }
                return *this;
            }

            Outcome(Outcome&& o) :
                result(std::move(o.result)), error(std::move(o.error)), success(o.success), retryCount(std::move(o.retryCount)) {}

            Outcome& operator=(Outcome&& o)
            {
                if (this != &o) { result = std::move(o.result); error = std::move(o.error); success = o.success; retryCount = std::move(o.retryCount); }
                return *this;
            }

            inline const R& GetResult() const { return result; }
            inline R& GetResult() { return result; }
            inline R&& GetResultWithOwnership() { return std::move(result); }
            inline const E& GetError() const { return error; }

            template<typename T>
            inline T GetError() { return error.template GetModeledError<T>(); }

            inline bool IsSuccess() const { return this->success; }
            inline unsigned int GetRetryCount() const { return retryCount; }
            inline void SetRetryCount(const unsigned int iRetryCount) { retryCount = iRetryCount; }

        private:
            R result;
            E error;
            bool success = false;
            unsigned int retryCount = 0;
        };
    } // namespace Utils
} // namespace Aws
