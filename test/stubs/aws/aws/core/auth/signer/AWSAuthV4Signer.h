// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/auth/signer/AWSAuthV4Signer.h
// Version: 1.11.x (index copy at commit 0d77293739cf8bf7512d8ca90018c358a1c56938).
// Only the class name and its nested PayloadSigningPolicy enum (needed by S3 client constructors).
#pragma once

namespace Aws
{
    namespace Client
    {
        class AWSAuthV4Signer
        {
        public:
            enum class PayloadSigningPolicy
            {
                RequestDependent,
                Always,
                Never
            };
            virtual ~AWSAuthV4Signer();
        };
    } // namespace Client
} // namespace Aws
