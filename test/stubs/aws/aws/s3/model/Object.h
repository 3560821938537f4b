// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/Object.h
// Version: 1.11.x (index copy at commit 1e2db209e2ac5815c894e4cd49205e62fcfb6620). Getters GetKey/GetETag/GetSize only.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws
{
namespace S3
{
namespace Model
{
  class Object
  {
  public:
    Object() = default;

    inline const Aws::String& GetKey() const{ return m_key; }
    inline const Aws::String& GetETag() const{ return m_eTag; }
    inline long long GetSize() const{ return m_size; }

  private:
    Aws::String m_key;
    Aws::String m_eTag;
    long long m_size{0};
  };

} // namespace Model
} // namespace S3
} // namespace Aws
