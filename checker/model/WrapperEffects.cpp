//===--- WrapperEffects.cpp -----------------------------------------------===//
#include "WrapperEffects.h"

#include "llvm/Support/raw_ostream.h"

namespace conncheck {

std::string WrapperEffects::key() const {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  if (Member)
    OS << "m" << Member->Effect << static_cast<int>(Member->Kind)
       << Member->Pooled << ";";
  if (!ReturnsAcquired.empty())
    OS << "r" << ReturnsAcquired << ";";
  if (SqlText)
    OS << "s" << SqlText->SqlParam << "/"
       << (SqlText->HandleParam ? static_cast<int>(*SqlText->HandleParam) : -1)
       << ";";
  if (ParamScope)
    OS << "p" << ParamScope->Effect << static_cast<int>(ParamScope->Kind)
       << ParamScope->HandleParam << ParamScope->ReturnsSuccess << ";";
  return Out;
}

} // namespace conncheck
