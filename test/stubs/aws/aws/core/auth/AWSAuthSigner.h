// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/auth/AWSAuthSigner.h
// Version: 1.11.x (index copy at commit 34f2eb7e3bd1ccdcba0c5359928d709263496714).
// In 1.11 this header just pulls in the individual signer headers; only AWSAuthV4Signer is stubbed.
#pragma once

#include <aws/core/auth/signer/AWSAuthV4Signer.h>
