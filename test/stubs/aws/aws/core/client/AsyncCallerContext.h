// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  src/aws-cpp-sdk-core/include/aws/core/client/AsyncCallerContext.h
// Version: 1.11.x (index copy at commit 6be5b85aad771fd1eaf3018e04fbefeae1161175). HttpRequest accessors omitted.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>

namespace Aws
{
    namespace Client
    {
        class AsyncCallerContext
        {
        public:
            AsyncCallerContext();
            AsyncCallerContext(const Aws::String& uuid) : m_uuid(uuid) {}
            AsyncCallerContext(const char* uuid) : m_uuid(uuid) {}
            virtual ~AsyncCallerContext() {}

            inline const Aws::String& GetUUID() const { return m_uuid; }
            inline void SetUUID(const Aws::String& value) { m_uuid = value; }
            inline void SetUUID(const char* value) { m_uuid.assign(value); }

        private:
            Aws::String m_uuid;
        };
    } // namespace Client
} // namespace Aws
