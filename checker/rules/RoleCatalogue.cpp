//===--- RoleCatalogue.cpp ------------------------------------------------===//
#include "RoleCatalogue.h"
#include "Exprs.h"

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Attr.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/Config/llvm-config.h"

using namespace clang;

namespace conncheck {
namespace rules {

std::string qualifiedName(const NamedDecl *D) {
  llvm::SmallVector<std::string, 4> Parts;
  auto NameOf = [](const NamedDecl *N) -> std::string {
    if (const auto *RD = dyn_cast<CXXRecordDecl>(N); RD && RD->isLambda())
      return "(lambda)";
    std::string S = N->getNameAsString();
    return S.empty() ? "(anonymous)" : S;
  };
  Parts.push_back(NameOf(D));
  for (const DeclContext *DC = D->getDeclContext(); DC;
       DC = DC->getParent()) {
    if (const auto *NS = dyn_cast<NamespaceDecl>(DC)) {
      if (NS->isInline())
        continue;
      Parts.push_back(NS->isAnonymousNamespace() ? "(anonymous namespace)"
                                                 : NS->getNameAsString());
    } else if (const auto *ND = dyn_cast<NamedDecl>(DC)) {
      if (isa<TagDecl>(ND) || isa<FunctionDecl>(ND))
        Parts.push_back(NameOf(ND));
    }
  }
  std::string Out;
  for (auto It = Parts.rbegin(); It != Parts.rend(); ++It) {
    if (!Out.empty())
      Out += "::";
    Out += *It;
  }
  return Out;
}

std::string displayName(const FunctionDecl *FD) {
  if (const auto *M = dyn_cast<CXXMethodDecl>(FD))
    if (M->getParent()->isLambda())
      return "lambda";
  return qualifiedName(FD);
}

std::optional<std::string> conncheckAnnotation(const Decl *D,
                                               llvm::StringRef Name) {
  if (!D)
    return std::nullopt;
  for (const Decl *R : D->redecls())
    for (const auto *A : R->specific_attrs<AnnotateAttr>()) {
      if (A->getAnnotation() != Name)
        continue;
      if (A->args_size() == 0)
        return std::string();
      const Expr *Arg = (*A->args_begin())->IgnoreParenImpCasts();
      if (const auto *Str = dyn_cast<StringLiteral>(Arg))
        return Str->getString().str();
      if (const auto *Const = dyn_cast<ConstantExpr>(Arg))
        if (Const->hasAPValueResult() && Const->getAPValueResult().isInt())
          return std::to_string(
              Const->getAPValueResult().getInt().getExtValue());
      if (const auto *Int = dyn_cast<IntegerLiteral>(Arg))
        return std::to_string(Int->getValue().getZExtValue());
      return std::string();
    }
  return std::nullopt;
}

RoleCatalogue::AnnotationRules::AnnotationRules() {
  for (unsigned I = 0; I < NumCategories; ++I)
    Slow[I].Category = static_cast<SlowCategory>(I);
  Handle.Result = AcquireRule::Handle;
  Raii.Result = AcquireRule::Raii;
  TransactionType.Kind = ScopeKind::Transaction;
  LeaseType.Kind = ScopeKind::Lease;
  for (AcquireRule *R : {&Handle, &Raii})
    R->Origin.File = "[[clang::annotate]]";
}

static bool anyMatches(const std::vector<NamePattern> &Patterns,
                       llvm::ArrayRef<std::string> Names) {
  for (const NamePattern &P : Patterns)
    for (const std::string &N : Names)
      if (P.matches(N))
        return true;
  return false;
}

static const CXXRecordDecl *recordOf(QualType T) {
  if (T.isNull())
    return nullptr;
  const CXXRecordDecl *RD = T.getCanonicalType()->getAsCXXRecordDecl();
  return RD ? RD->getDefinition() : nullptr;
}

static const CXXRecordDecl *objectClassOf(const Expr *Call);

/// A call's callee as the reader wrote it: a method named through the
/// class of the object it is called on (`std::mutex::lock`, although
/// declared in an implementation base class).
static std::string writtenName(const Expr *Call, const FunctionDecl *Callee) {
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  const CXXRecordDecl *Class = objectClassOf(Call);
  if (Method && Class && Class != Method->getParent()->getDefinition() &&
      Class->isDerivedFrom(Method->getParent()))
    return qualifiedName(Class) + "::" + Method->getNameAsString();
  return qualifiedName(Callee);
}

/// The class a member call is made on, as the caller sees it.
static const CXXRecordDecl *objectClassOf(const Expr *Call) {
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
    if (const Expr *Obj = MC->getImplicitObjectArgument()) {
      // The class as written, before Clang's implicit derived-to-base
      // conversion to the class that declares the method.
      QualType T = Obj->IgnoreParenImpCasts()->getType();
      if (T->isPointerType())
        T = T->getPointeeType();
      return recordOf(T);
    }
  return nullptr;
}

RoleCatalogue::RoleCatalogue(const std::vector<RulePack> &Packs)
    : Packs(Packs) {
  for (const RulePack &Pack : Packs)
    for (const AcquireRule &R : Pack.Acquires)
      AnyHolderTypes = AnyHolderTypes || !R.HolderTypes.empty();
}

const llvm::SmallVector<std::string, 2> &
RoleCatalogue::candidateNames(const FunctionDecl *Callee,
                              const CXXRecordDecl *ObjectClass) {
  auto [It, Inserted] =
      NameCache.try_emplace(CallKey{Callee->getCanonicalDecl(), ObjectClass});
  if (!Inserted)
    return It->second;
  llvm::SmallVector<std::string, 2> &Names = It->second;
  Names.push_back(qualifiedName(Callee));
  const auto *Method = dyn_cast<CXXMethodDecl>(Callee);
  if (!Method)
    return Names;
  if (ObjectClass && ObjectClass != Method->getParent()->getDefinition())
    Names.push_back(qualifiedName(ObjectClass) + "::" +
                    Method->getNameAsString());
  llvm::SmallVector<const CXXMethodDecl *, 4> Work(
      Method->overridden_methods().begin(), Method->overridden_methods().end());
  while (!Work.empty()) {
    const CXXMethodDecl *M = Work.pop_back_val();
    Names.push_back(qualifiedName(M));
    Work.append(M->overridden_methods().begin(), M->overridden_methods().end());
  }
  return Names;
}

const RaiiTypeRule *RoleCatalogue::raiiRuleFor(QualType T) {
  if (T.isNull() || T->isReferenceType() || T->isPointerType())
    return nullptr;
  if (const RaiiTypeRule *Rule = aliasRule(T))
    return Rule;
  return raiiRuleForRecord(recordOf(T));
}

/// The aliases \p T is written with, outermost first: `DbLock` for
/// `using DbLock = std::scoped_lock<std::recursive_mutex>`.
static llvm::SmallVector<const NamedDecl *, 2> aliasesOf(QualType T) {
  llvm::SmallVector<const NamedDecl *, 2> Aliases;
  const Type *Ty = T.getTypePtrOrNull();
  while (Ty) {
    if (const auto *TT = dyn_cast<TypedefType>(Ty)) {
      Aliases.push_back(TT->getDecl());
      Ty = TT->desugar().getTypePtrOrNull();
#if LLVM_VERSION_MAJOR < 22 // Clang 22 folds the qualifier into each type
    } else if (const auto *ET = dyn_cast<ElaboratedType>(Ty)) {
      Ty = ET->getNamedType().getTypePtrOrNull();
#endif
    } else if (const auto *UT = dyn_cast<UsingType>(Ty)) {
      Ty = UT->desugar().getTypePtrOrNull();
    } else if (const auto *TST = dyn_cast<TemplateSpecializationType>(Ty);
               TST && TST->isTypeAlias()) {
      if (const TemplateDecl *TD = TST->getTemplateName().getAsTemplateDecl())
        Aliases.push_back(TD);
      Ty = TST->getAliasedType().getTypePtrOrNull();
    } else {
      break;
    }
  }
  return Aliases;
}

const RaiiTypeRule *RoleCatalogue::aliasRule(QualType T) {
  for (const NamedDecl *Alias : aliasesOf(T)) {
    auto [It, Inserted] = AliasCache.try_emplace(Alias, nullptr);
    if (Inserted) {
      std::string Name = qualifiedName(Alias);
      for (const RulePack &Pack : Packs)
        for (const RaiiTypeRule &Rule : Pack.RaiiTypes)
          if (!It->second && Rule.Objects.Names.empty() &&
              Rule.Type.matches(Name))
            It->second = &Rule;
    }
    if (It->second)
      return It->second;
  }
  return nullptr;
}

bool RoleCatalogue::typeRuleNames(const RaiiTypeRule &Rule,
                                  const CXXRecordDecl *RD) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD || anyMatches(Rule.Except, {qualifiedName(RD)}))
    return false;
  llvm::SmallVector<const CXXRecordDecl *, 4> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *Class = Work.pop_back_val();
    if (Rule.Type.matches(qualifiedName(Class)))
      return true;
    if (Rule.Subclasses)
      for (const CXXBaseSpecifier &Base : Class->bases())
        if (const CXXRecordDecl *B = recordOf(Base.getType()))
          Work.push_back(B);
  }
  return false;
}

bool RoleCatalogue::objectMatches(const ObjectFilter &Filter,
                                  const Expr *Object) {
  if (Filter.Names.empty())
    return true;
  const ValueDecl *D = Object ? holderDecl(Object) : nullptr;
  return D && anyMatches(Filter.Names, {qualifiedName(D)});
}

/// The constructor call under an initialiser's conversions and temporaries.
static const CXXConstructExpr *constructionOf(const Expr *Init) {
  const Expr *E = Init ? skipWrappers(Init) : nullptr;
  if (const auto *F = dyn_cast_or_null<CXXFunctionalCastExpr>(E))
    E = skipWrappers(F->getSubExpr());
  return dyn_cast_or_null<CXXConstructExpr>(E);
}

const RaiiTypeRule *RoleCatalogue::raiiRuleForConstruction(QualType T,
                                                           const Expr *Init) {
  if (T.isNull() || T->isReferenceType() || T->isPointerType())
    return nullptr;
  if (const CXXConstructExpr *Ctor = constructionOf(Init)) {
    llvm::SmallVector<const NamedDecl *, 2> Aliases = aliasesOf(T);
    for (const RulePack &Pack : Packs)
      for (const RaiiTypeRule &Rule : Pack.RaiiTypes) {
        if (Rule.Objects.Names.empty())
          continue;
        bool Named = typeRuleNames(Rule, recordOf(T)) ||
                     llvm::any_of(Aliases, [&](const NamedDecl *A) {
                       return Rule.Type.matches(qualifiedName(A));
                     });
        if (Named && llvm::any_of(Ctor->arguments(), [&](const Expr *Arg) {
              return objectMatches(Rule.Objects, Arg);
            }))
          return &Rule;
      }
  }
  return raiiRuleFor(T);
}

/// The tag rule an argument's type matches, if any.
static const std::pair<NamePattern, TagHolds> *
tagOf(const RaiiTypeRule &Rule, const Expr *Arg) {
  const CXXRecordDecl *RD = recordOf(Arg->getType().getNonReferenceType());
  if (!RD)
    return nullptr;
  std::string Name = qualifiedName(RD);
  for (const auto &Tag : Rule.ConstructorTags)
    if (Tag.first.matches(Name))
      return &Tag;
  return nullptr;
}

TagHolds RoleCatalogue::constructionHolds(const RaiiTypeRule &Rule,
                                          const Expr *Init) {
  const CXXConstructExpr *Ctor = constructionOf(Init);
  if (!Ctor || Rule.ConstructorTags.empty())
    return TagHolds::Held;
  for (const Expr *Arg : Ctor->arguments())
    if (const auto *Tag = tagOf(Rule, Arg))
      return Tag->second;
  return TagHolds::Held;
}

llvm::SmallVector<const ValueDecl *, 2>
RoleCatalogue::constructedOn(const RaiiTypeRule &Rule, const Expr *Init) {
  llvm::SmallVector<const ValueDecl *, 2> Objects;
  if (const CXXConstructExpr *Ctor = constructionOf(Init))
    for (const Expr *Arg : Ctor->arguments())
      if (!tagOf(Rule, Arg))
        if (const ValueDecl *D = holderDecl(Arg))
          Objects.push_back(D);
  return Objects;
}

std::optional<bool>
RoleCatalogue::raiiBeginCall(const RaiiTypeRule &Rule,
                             const CXXMemberCallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee || (Rule.BeginCalls.empty() && Rule.TryBeginCalls.empty()))
    return std::nullopt;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  if (anyMatches(Rule.TryBeginCalls, Names))
    return true;
  if (anyMatches(Rule.BeginCalls, Names))
    return false;
  return std::nullopt;
}

bool RoleCatalogue::raiiOwnsCall(const RaiiTypeRule &Rule,
                                 const CXXMemberCallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee && !Rule.OwnsCalls.empty() &&
         anyMatches(Rule.OwnsCalls, candidateNames(Callee, objectClassOf(Call)));
}

bool RoleCatalogue::lockCall(const Expr *Call) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return false;
  CallKey Key{Callee->getCanonicalDecl(), objectClassOf(Call)};
  auto [It, Inserted] = LockCallCache.try_emplace(Key, false);
  if (!Inserted)
    return It->second;
  bool Found = false;
  if (const CXXRecordDecl *Class = isa<CXXConstructorDecl>(Callee) ||
                                           isa<CXXDestructorDecl>(Callee)
                                       ? cast<CXXMethodDecl>(Callee)->getParent()
                                       : nullptr)
    if (const RaiiTypeRule *R = raiiRuleForRecord(Class))
      Found = R->Kind == ScopeKind::Lock;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs) {
    for (const CallPairRule &R : Pack.CallPairs)
      Found = Found || (R.Kind == ScopeKind::Lock &&
                        (anyMatches(R.Begin, Names) || anyMatches(R.End, Names)));
    for (const RaiiTypeRule &R : Pack.RaiiTypes)
      Found = Found || (R.Kind == ScopeKind::Lock &&
                        (anyMatches(R.EndCalls, Names) ||
                         anyMatches(R.BeginCalls, Names) ||
                         anyMatches(R.TryBeginCalls, Names)));
  }
  return LockCallCache[Key] = Found;
}

const RaiiTypeRule *RoleCatalogue::raiiRuleForRecord(const CXXRecordDecl *RD) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return nullptr;
  auto [It, Inserted] = RaiiCache.try_emplace(RD, nullptr);
  if (!Inserted)
    return It->second;

  // The class itself, then (for rules that ask for it) every base.
  llvm::SmallVector<std::pair<const CXXRecordDecl *, bool>, 4> Work{{RD, true}};
  const RaiiTypeRule *Found = nullptr;
  if (conncheckAnnotation(RD, "conncheck::transaction"))
    Found = &Annotated.TransactionType;
  else if (conncheckAnnotation(RD, "conncheck::lease"))
    Found = &Annotated.LeaseType;
  while (!Work.empty() && !Found) {
    auto [Class, IsSelf] = Work.pop_back_val();
    std::string Name = qualifiedName(Class);
    std::string Self = qualifiedName(RD);
    for (const RulePack &Pack : Packs)
      for (const RaiiTypeRule &Rule : Pack.RaiiTypes)
        if (!Found && (IsSelf || Rule.Subclasses) && Rule.Objects.Names.empty() &&
            Rule.Type.matches(Name) && !anyMatches(Rule.Except, {Self}))
          Found = &Rule;
    for (const CXXBaseSpecifier &Base : Class->bases())
      if (const CXXRecordDecl *B = recordOf(Base.getType()))
        Work.push_back({B, false});
  }
  RaiiCache[RD] = Found;
  return Found;
}

const RaiiTypeRule *RoleCatalogue::raiiRuleEndedOn(const CXXRecordDecl *RD) {
  RD = RD ? RD->getDefinition() : nullptr;
  if (!RD)
    return nullptr;
  llvm::SmallVector<const CXXRecordDecl *, 4> Work{RD};
  while (!Work.empty()) {
    const CXXRecordDecl *C = Work.pop_back_val();
    for (const CXXMethodDecl *M : C->methods()) {
      auto Names = candidateNames(M, RD);
      for (const RulePack &Pack : Packs)
        for (const RaiiTypeRule &Rule : Pack.RaiiTypes)
          if (anyMatches(Rule.EndCalls, Names))
            return &Rule;
    }
    for (const CXXBaseSpecifier &B : C->bases())
      if (const CXXRecordDecl *Base = recordOf(B.getType()))
        Work.push_back(Base);
  }
  return nullptr;
}

bool RoleCatalogue::endsRaiiScope(const RaiiTypeRule &Rule,
                                  const CXXMemberCallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return false;
  if (conncheckAnnotation(Callee, Rule.Kind == ScopeKind::Transaction
                                      ? "conncheck::end_transaction"
                                      : "conncheck::release"))
    return true;
  return anyMatches(Rule.EndCalls,
                    candidateNames(Callee, objectClassOf(Call)));
}

const ValueDecl *lockGivenUp(const SlowMatch &Slow, const Expr *Call) {
  if (!Slow.Rule->ReleasesLockArg)
    return nullptr;
  const Expr *Lock = callArg(Call, *Slow.Rule->ReleasesLockArg);
  return Lock ? holderDecl(Lock) : nullptr;
}

const Expr *callArg(const Expr *Call, unsigned I) {
  if (const auto *CE = dyn_cast<CallExpr>(Call)) {
    // Operator calls written as members count the object as argument 0.
    if (isa<CXXOperatorCallExpr>(CE) && isa_and_nonnull<CXXMethodDecl>(
                                            CE->getDirectCallee()))
      ++I;
    return I < CE->getNumArgs() ? CE->getArg(I) : nullptr;
  }
  if (const auto *Ctor = dyn_cast<CXXConstructExpr>(Call))
    return I < Ctor->getNumArgs() ? Ctor->getArg(I) : nullptr;
  return nullptr;
}

bool RoleCatalogue::raiiInitOpens(const RaiiTypeRule &Rule, const Expr *Init,
                                  const Expr *&Pool) {
  Pool = nullptr;
  const CXXConstructExpr *Ctor = constructionOf(Init);
  if (Rule.EmptyWhenDefaultConstructed && Ctor &&
      Ctor->getConstructor()->isDefaultConstructor())
    return false;
  if (Rule.ConstructedFrom.empty())
    return true;
  if (!Ctor)
    return false;
  for (const Expr *Arg : Ctor->arguments()) {
    QualType T = Arg->getType().getNonReferenceType();
    const CXXRecordDecl *RD = recordOf(T);
    if (RD && anyMatches(Rule.ConstructedFrom, {qualifiedName(RD)})) {
      Pool = Arg;
      return true;
    }
  }
  return false;
}

std::optional<AcquireMatch> RoleCatalogue::acquireCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  if (auto Arg = conncheckAnnotation(Callee, "conncheck::acquire")) {
    const Expr *Pool = nullptr;
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      Pool = MC->getImplicitObjectArgument();
    return AcquireMatch{*Arg == "raii" ? &Annotated.Raii : &Annotated.Handle,
                        Pool, qualifiedName(Callee)};
  }
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const AcquireRule &Rule : Pack.Acquires)
      if (anyMatches(Rule.Calls, Names)) {
        // `mysql_init(&member_)` initialises the caller's object: no new
        // handle unless the argument is null.
        if (Rule.ReturnsArgIfNotNull) {
          const Expr *Arg = callArg(Call, *Rule.ReturnsArgIfNotNull);
          if (Arg && !Arg->isNullPointerConstant(
                         Callee->getASTContext(),
                         Expr::NPC_ValueDependentIsNotNull))
            return std::nullopt;
        }
        const Expr *Pool = nullptr;
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
          Pool = MC->getImplicitObjectArgument();
        return AcquireMatch{&Rule, Pool, Names.front()};
      }
  return std::nullopt;
}

bool RoleCatalogue::holdsAcquired(const AcquireRule &Rule, QualType T) {
  if (Rule.HolderTypes.empty())
    return true;
  for (const NamedDecl *Alias : aliasesOf(T))
    if (anyMatches(Rule.HolderTypes, {qualifiedName(Alias)}))
      return true;
  const CXXRecordDecl *RD = recordOf(T.getNonReferenceType());
  return RD && anyMatches(Rule.HolderTypes, {qualifiedName(RD)});
}

std::string RoleCatalogue::acquireRuleId(const AcquireRule *Rule) const {
  if (!Rule)
    return std::string();
  if (Rule == &Annotated.Handle)
    return "annotation:handle";
  if (Rule == &Annotated.Raii)
    return "annotation:raii";
  for (const RulePack &Pack : Packs)
    for (size_t I = 0; I < Pack.Acquires.size(); ++I)
      if (&Pack.Acquires[I] == Rule)
        return Pack.Name + "#" + std::to_string(I);
  return std::string();
}

const AcquireRule *RoleCatalogue::acquireRuleById(llvm::StringRef Id) const {
  if (Id == "annotation:handle")
    return &Annotated.Handle;
  if (Id == "annotation:raii")
    return &Annotated.Raii;
  auto [Name, Index] = Id.rsplit('#');
  size_t I = 0;
  if (Index.getAsInteger(10, I))
    return nullptr;
  for (const RulePack &Pack : Packs)
    if (Pack.Name == Name && I < Pack.Acquires.size())
      return &Pack.Acquires[I];
  return nullptr;
}

std::optional<ReleaseMatch> RoleCatalogue::releaseCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  if (auto Arg = conncheckAnnotation(Callee, "conncheck::release")) {
    unsigned Index = 0;
    if (!Arg->empty())
      llvm::StringRef(*Arg).getAsInteger(10, Index);
    return ReleaseMatch{&Annotated.Handle, callArg(Call, Index)};
  }
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const AcquireRule &Rule : Pack.Acquires)
      if (anyMatches(Rule.ReleaseCalls, Names))
        return ReleaseMatch{&Rule, callArg(Call, Rule.ReleaseHandleArg)};
  return std::nullopt;
}

bool RoleCatalogue::endsAcquiredObject(const AcquireRule &Rule,
                                       const CXXMemberCallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  return Callee &&
         anyMatches(Rule.EndCalls, candidateNames(Callee, objectClassOf(Call)));
}

std::optional<uint64_t> RoleCatalogue::constantPoolSize(const VarDecl *VD,
                                                        ASTContext &Ctx) {
  const CXXRecordDecl *RD = recordOf(VD->getType());
  if (!RD)
    return std::nullopt;
  std::string Name = qualifiedName(RD);
  const Expr *Init = VD->getInit();
  while (Init) {
    Init = Init->IgnoreParenImpCasts();
    if (const auto *C = dyn_cast<ExprWithCleanups>(Init))
      Init = C->getSubExpr();
    else
      break;
  }
  const auto *Ctor = dyn_cast_or_null<CXXConstructExpr>(Init);
  for (const RulePack &Pack : Packs)
    for (const PoolSizeRule &Rule : Pack.PoolSizes) {
      if (!Rule.Type.matches(Name))
        continue;
      if (!Ctor || Rule.SizeArg >= Ctor->getNumArgs())
        return Rule.DefaultSize;
      const Expr *Arg = Ctor->getArg(Rule.SizeArg);
      if (isa<CXXDefaultArgExpr>(Arg) && Rule.DefaultSize)
        return Rule.DefaultSize;
      Expr::EvalResult R;
      if (!Arg->isValueDependent() && Arg->EvaluateAsInt(R, Ctx) &&
          R.Val.getInt().isStrictlyPositive())
        return R.Val.getInt().getZExtValue();
      return std::nullopt;
    }
  return std::nullopt;
}

const WorkerRule *RoleCatalogue::workerRuleFor(QualType T) {
  const CXXRecordDecl *RD = recordOf(T);
  if (!RD)
    return nullptr;
  std::string Name = qualifiedName(RD);
  for (const RulePack &Pack : Packs)
    for (const WorkerRule &Rule : Pack.Workers)
      if (Rule.Type.matches(Name))
        return &Rule;
  return nullptr;
}

const WorkerRule *RoleCatalogue::submitCall(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return nullptr;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const WorkerRule &Rule : Pack.Workers)
      if (Rule.Kind == WorkerRule::ThreadPool &&
          anyMatches(Rule.SubmitCalls, Names))
        return &Rule;
  return nullptr;
}

const CallableScopeRule *RoleCatalogue::callableScope(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return nullptr;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const CallableScopeRule &Rule : Pack.CallableScopes)
      if (anyMatches(Rule.Functions, Names))
        return &Rule;
  return nullptr;
}

/// Whether a constant-evaluated value is zero all through: 0, 0.0, or an
/// object (a std::chrono::duration) whose every member is zero.
static bool isZeroValue(const APValue &V) {
  switch (V.getKind()) {
  case APValue::Int:
    return V.getInt().isZero();
  case APValue::Float:
    return V.getFloat().isZero();
  case APValue::Struct:
    for (unsigned I = 0; I < V.getStructNumBases(); ++I)
      if (!isZeroValue(V.getStructBase(I)))
        return false;
    for (unsigned I = 0; I < V.getStructNumFields(); ++I)
      if (!isZeroValue(V.getStructField(I)))
        return false;
    return true;
  default:
    return false;
  }
}

/// Whether \p E is a zero count or duration: `0`, `0s`, `0ms`, `seconds(0)`,
/// `milliseconds{0}`, `duration::zero()` -- whatever evaluates to zero.
static bool isZeroValued(const Expr *E, ASTContext &Ctx) {
  if (E->isValueDependent() || E->isTypeDependent())
    return false;
  Expr::EvalResult R;
  if (!E->EvaluateAsRValue(R, Ctx))
    return false;
  return isZeroValue(R.Val);
}

/// Whether parameter \p Index of \p Callee is of the class (or builtin
/// type: `double`) \p Type names, seen through pointers, references and
/// cv-qualifiers.
static bool paramClassMatches(const FunctionDecl *Callee, unsigned Index,
                              const NamePattern &Type) {
  if (Index >= Callee->getNumParams())
    return false;
  QualType T = Callee->getParamDecl(Index)->getType().getNonReferenceType();
  while (T->isPointerType())
    T = T->getPointeeType();
  if (const auto *Builtin = T->getAs<BuiltinType>())
    return Type.matches(
        Builtin->getName(PrintingPolicy(Callee->getASTContext().getLangOpts())));
  const CXXRecordDecl *RD = recordOf(T);
  return RD && Type.matches(qualifiedName(RD));
}

/// Whether \p Rule names \p Callee (known by \p Names), its exceptions
/// and parameter filter included.
static bool slowRuleMatches(const SlowCallRule &Rule, const FunctionDecl *Callee,
                            llvm::ArrayRef<std::string> Names) {
  if (anyMatches(Rule.Except, Names) ||
      (Rule.ParamType &&
       !paramClassMatches(Callee, Rule.ParamIndex, *Rule.ParamType)))
    return false;
  return anyMatches(Rule.Calls, Names);
}

/// The truth value \p E constant-evaluates to, if it does.
static std::optional<bool> constantTruth(const Expr *E, ASTContext &Ctx) {
  bool Value = false;
  if (!E || E->isValueDependent() || !E->EvaluateAsBooleanCondition(Value, Ctx))
    return std::nullopt;
  return Value;
}

std::optional<SlowMatch> RoleCatalogue::slowCall(const Expr *Call,
                                                 ASTContext &Ctx) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return std::nullopt;
  const CXXRecordDecl *ObjectClass = objectClassOf(Call);
  CallKey Key{Callee->getCanonicalDecl(), ObjectClass};
  auto It = SlowCache.find(Key);
  if (It == SlowCache.end()) {
    std::optional<SlowMatch> Found;
    // A statement on the held connection waits for its own result: that is
    // the work the scope is for, not a slow call inside it.
    if (databaseCall(Call)) {
      SlowCache.try_emplace(Key, std::nullopt);
      return std::nullopt;
    }
    if (auto Cat = conncheckAnnotation(Callee, "conncheck::slow")) {
      std::optional<SlowCategory> Parsed = parseCategory(*Cat);
      const SlowCallRule &Rule =
          Annotated.Slow[static_cast<unsigned>(Parsed.value_or(SlowCategory::Wait))];
      Found = SlowMatch{&Rule, qualifiedName(Callee)};
    }
    auto Names = candidateNames(Callee, ObjectClass);
    for (const RulePack &Pack : Packs) {
      for (const SlowCallRule &Rule : Pack.SlowCalls) {
        if (Found || !slowRuleMatches(Rule, Callee, Names))
          continue;
        for (const NamePattern &P : Rule.Calls)
          for (const std::string &N : Names)
            if (!Found && P.matches(N))
              Found = SlowMatch{&Rule, N};
      }
    }
    It = SlowCache.try_emplace(Key, std::move(Found)).first;
  }
  if (!It->second)
    return std::nullopt;
  // A timed wait given no time only polls.
  if (auto ZeroArg = It->second->Rule->NonBlockingIfZeroArg)
    if (const Expr *Arg = callArg(Call, *ZeroArg)) {
      if (isZeroValued(Arg, Ctx))
        return std::nullopt;
      // A deadline of now: `gpr_time_0(GPR_CLOCK_REALTIME)`.
      const auto *Now =
          dyn_cast<CallExpr>(skipWrappers(Arg, /*ThroughCopies=*/true));
      if (Now && Now->getDirectCallee() &&
          anyMatches(It->second->Rule->NonBlockingArgCalls,
                     {qualifiedName(Now->getDirectCallee())}))
        return std::nullopt;
    }
  return It->second;
}

/// The string literal an argument holds, directly or through a constant.
static std::optional<llvm::StringRef> literalText(const Expr *E,
                                                 const ASTContext &Ctx) {
  E = E->IgnoreParenImpCasts();
  // Through a string class built from the literal: `QString("BEGIN")`,
  // `std::string("BEGIN")`, and their implicit conversions.
  for (;;) {
    if (const auto *M = dyn_cast<MaterializeTemporaryExpr>(E))
      E = M->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *B = dyn_cast<CXXBindTemporaryExpr>(E))
      E = B->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *F = dyn_cast<CXXFunctionalCastExpr>(E))
      E = F->getSubExpr()->IgnoreParenImpCasts();
    else if (const auto *C = dyn_cast<CXXConstructExpr>(E);
             C && C->getNumArgs() >= 1 &&
             isa<StringLiteral>(C->getArg(0)->IgnoreParenImpCasts()))
      E = C->getArg(0)->IgnoreParenImpCasts();
    else
      break;
  }
  // Only a variable that cannot be reassigned (`const char *const`,
  // `const char[]`, constexpr) still holds its initial text at the call.
  if (const auto *Ref = dyn_cast<DeclRefExpr>(E))
    if (const auto *VD = dyn_cast<VarDecl>(Ref->getDecl()))
      if (VD->getType().isConstant(Ctx))
        if (const Expr *Init = VD->getAnyInitializer())
          E = Init->IgnoreParenImpCasts();
  if (const auto *S = dyn_cast<StringLiteral>(E))
    if (S->getCharByteWidth() == 1)
      return S->getString();
  return std::nullopt;
}

std::optional<ScopeCallMatch> RoleCatalogue::scopeCall(const CallExpr *Call,
                                                       ASTContext &Ctx) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return std::nullopt;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  auto HandleOf = [&](std::optional<unsigned> Arg) -> const Expr * {
    if (Arg)
      return callArg(Call, *Arg);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Call))
      return MC->getImplicitObjectArgument();
    return nullptr;
  };
  // Annotated begin/end: on the object of a method, else the first argument.
  for (auto [Name, Effect] :
       {std::pair{"conncheck::begin_transaction", ScopeCallMatch::Begin},
        std::pair{"conncheck::end_transaction", ScopeCallMatch::End}})
    if (conncheckAnnotation(Callee, Name))
      return ScopeCallMatch{
          Effect, ScopeKind::Transaction,
          HandleOf(isa<CXXMemberCallExpr>(Call) ? std::nullopt
                                                : std::optional<unsigned>(0)),
          "'" + Names.front() + "'"};
  // Rules limited to named objects first: they say more than the rules for
  // every object of the kind (a lock the pack says guards the connection).
  for (bool Limited : {true, false})
    for (const RulePack &Pack : Packs)
      for (const CallPairRule &Rule : Pack.CallPairs) {
        if (Limited == Rule.Objects.Names.empty())
          continue;
        bool Begins = anyMatches(Rule.Begin, Names);
        if (!Begins && !anyMatches(Rule.End, Names))
          continue;
        if (Limited && !objectMatches(Rule.Objects, HandleOf(Rule.Handle.Arg)))
          continue;
        if (Begins && Rule.AutocommitArg) {
          // Autocommit off begins a transaction; back on commits it.
          std::optional<bool> On =
              constantTruth(callArg(Call, *Rule.AutocommitArg), Ctx);
          if (!On)
            continue;
          Begins = !*On;
        }
        ScopeCallMatch M{Begins ? ScopeCallMatch::Begin : ScopeCallMatch::End,
                         Rule.Kind, HandleOf(Rule.Handle.Arg),
                         "'" + writtenName(Call, Callee) + "'", Rule.Counted};
        M.ReturnsSuccess = Begins && !Rule.AutocommitArg &&
                           Rule.ReturnsSuccess != SuccessPolarity::None;
        M.SuccessIsZero = Rule.ReturnsSuccess == SuccessPolarity::Zero;
        M.GuardsConnection = Rule.Objects.GuardsConnection;
        // `commit(true)`: the next transaction begins at once.
        if (!Begins && Rule.RestartArg)
          M.Restarts = constantTruth(callArg(Call, *Rule.RestartArg), Ctx)
                           .value_or(false);
        return M;
      }
  for (const RulePack &Pack : Packs) {
    for (const SqlTextRule &Rule : Pack.SqlText) {
      if (!anyMatches({Rule.Function}, Names))
        continue;
      const Expr *SqlArg = callArg(Call, Rule.SqlArg);
      if (!SqlArg)
        continue;
      const Expr *Handle =
          Rule.HandleUnnamed ? nullptr : HandleOf(Rule.HandleArg);
      if (auto M = sqlEffect(SqlArg, Handle, Ctx))
        return M;
    }
  }
  return std::nullopt;
}

const SqlTextRule *RoleCatalogue::sqlTextRule(const CallExpr *Call) {
  const FunctionDecl *Callee = Call->getDirectCallee();
  if (!Callee)
    return nullptr;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const SqlTextRule &Rule : Pack.SqlText)
      if (anyMatches({Rule.Function}, Names))
        return &Rule;
  return nullptr;
}

std::optional<ScopeCallMatch> RoleCatalogue::sqlEffect(const Expr *SqlArg,
                                                       const Expr *Handle,
                                                       ASTContext &Ctx) {
  std::optional<llvm::StringRef> Sql = literalText(SqlArg, Ctx);
  if (!Sql)
    return std::nullopt;
  SqlEffect Effect = classifySql(*Sql);
  if (Effect == SqlEffect::None)
    return std::nullopt;
  std::string Shown = Sql->trim().str();
  if (Shown.size() > 40)
    Shown = Shown.substr(0, 37) + "...";
  ScopeCallMatch M{Effect == SqlEffect::Begin ? ScopeCallMatch::Begin
                                              : ScopeCallMatch::End,
                   ScopeKind::Transaction, Handle, "SQL '" + Shown + "'"};
  M.Restarts = Effect == SqlEffect::Restart;
  return M;
}

bool RoleCatalogue::databaseCall(const Expr *Call) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return false;
  CallKey Key{Callee->getCanonicalDecl(), objectClassOf(Call)};
  auto [It, Inserted] = DatabaseCache.try_emplace(Key, false);
  if (!Inserted)
    return It->second;
  bool Found = conncheckAnnotation(Callee, "conncheck::database").has_value();
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs)
    for (const CallListRule &Rule : Pack.DatabaseCalls)
      Found = Found || anyMatches(Rule.Calls, Names);
  DatabaseCache[Key] = Found;
  return Found;
}

bool RoleCatalogue::notSlow(const FunctionDecl *FD) {
  if (!FD)
    return false;
  auto [It, Inserted] = NotSlowCache.try_emplace(FD->getCanonicalDecl(), false);
  if (!Inserted)
    return It->second;
  bool Found = conncheckAnnotation(FD, "conncheck::not_slow").has_value();
  auto Names = candidateNames(FD, nullptr);
  for (const RulePack &Pack : Packs)
    for (const CallListRule &Rule : Pack.NotSlow)
      Found = Found || anyMatches(Rule.Calls, Names);
  return NotSlowCache[FD->getCanonicalDecl()] = Found;
}

/// The class whose constructor or destructor \p Callee is, if any.
static const CXXRecordDecl *lifetimeClassOf(const FunctionDecl *Callee) {
  if (isa<CXXConstructorDecl>(Callee) || isa<CXXDestructorDecl>(Callee))
    return cast<CXXMethodDecl>(Callee)->getParent();
  return nullptr;
}

bool RoleCatalogue::described(const Expr *Call) {
  const FunctionDecl *Callee = calledFunction(Call);
  return Callee && describedFunction(Callee, objectClassOf(Call));
}

bool RoleCatalogue::describedFunction(const FunctionDecl *Callee,
                                      const CXXRecordDecl *ObjectClass) {
  CallKey Key{Callee->getCanonicalDecl(), ObjectClass};
  if (auto It = DescribedCache.find(Key); It != DescribedCache.end())
    return It->second;
  bool Found = false;
  for (llvm::StringRef A :
       {"conncheck::acquire", "conncheck::release", "conncheck::slow",
        "conncheck::begin_transaction", "conncheck::end_transaction",
        "conncheck::database"})
    Found = Found || conncheckAnnotation(Callee, A).has_value();
  if (const CXXRecordDecl *Class = lifetimeClassOf(Callee))
    Found = Found || raiiRuleForRecord(Class);
  auto Names = candidateNames(Callee, ObjectClass);
  for (const RulePack &Pack : Packs) {
    if (Found)
      break;
    for (const RaiiTypeRule &R : Pack.RaiiTypes)
      Found = Found || anyMatches(R.EndCalls, Names) ||
              anyMatches(R.BeginCalls, Names) ||
              anyMatches(R.TryBeginCalls, Names) ||
              anyMatches(R.OwnsCalls, Names);
    for (const AcquireRule &R : Pack.Acquires)
      Found = Found || anyMatches(R.Calls, Names) ||
              anyMatches(R.ReleaseCalls, Names) ||
              anyMatches(R.EndCalls, Names);
    for (const CallPairRule &R : Pack.CallPairs)
      Found = Found || anyMatches(R.Begin, Names) || anyMatches(R.End, Names);
    for (const SqlTextRule &R : Pack.SqlText)
      Found = Found || anyMatches({R.Function}, Names);
    for (const CallableScopeRule &R : Pack.CallableScopes)
      Found = Found || anyMatches(R.Functions, Names);
    for (const SlowCallRule &R : Pack.SlowCalls)
      Found = Found || slowRuleMatches(R, Callee, Names);
    for (const CallListRule &R : Pack.DatabaseCalls)
      Found = Found || anyMatches(R.Calls, Names);
  }
  DescribedCache[Key] = Found;
  return Found;
}

bool RoleCatalogue::isPoolClass(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  if (!RD)
    return false;
  auto [It, Inserted] = PoolClassCache.try_emplace(RD, false);
  if (!Inserted)
    return It->second;
  bool Pool = false;
  for (const CXXMethodDecl *M : RD->methods()) {
    if (Pool)
      break;
    Pool = conncheckAnnotation(M, "conncheck::acquire") ||
           conncheckAnnotation(M, "conncheck::release");
    auto Names = candidateNames(M, RD);
    for (const RulePack &Pack : Packs)
      for (const AcquireRule &R : Pack.Acquires)
        Pool = Pool || anyMatches(R.Calls, Names) ||
               anyMatches(R.ReleaseCalls, Names);
  }
  PoolClassCache[RD] = Pool;
  return Pool;
}

bool RoleCatalogue::implementsDescribedApi(const FunctionDecl *Body) {
  for (const DeclContext *DC = Body; DC; DC = DC->getParent()) {
    const auto *FD = dyn_cast<FunctionDecl>(DC);
    if (!FD)
      continue;
    const auto *Method = dyn_cast<CXXMethodDecl>(FD);
    if (Method && Method->getParent()->isLambda())
      continue; // the lambda's own call operator: look at where it is
    if (describedFunction(FD, Method ? Method->getParent() : nullptr))
      return true;
    if (Method && isPoolClass(Method->getParent()))
      return true;
  }
  return false;
}

std::optional<bool> RoleCatalogue::throwsByRule(const Expr *Call,
                                                ASTContext &Ctx) {
  const FunctionDecl *Callee = calledFunction(Call);
  if (!Callee)
    return std::nullopt;
  auto Names = candidateNames(Callee, objectClassOf(Call));
  for (const RulePack &Pack : Packs) {
    for (const CallListRule &R : Pack.ThrowingCalls)
      if (anyMatches(R.Calls, Names))
        return true;
    for (const CallListRule &R : Pack.DatabaseCalls)
      if (anyMatches(R.Calls, Names))
        return R.Throws;
  }
  // A slow-call rule decides, also where this call only polls (a zero
  // timeout makes it not slow, not a call to the server).
  for (const RulePack &Pack : Packs)
    for (const SlowCallRule &R : Pack.SlowCalls)
      if (slowRuleMatches(R, Callee, Names)) {
        if (R.Throws)
          return *R.Throws;
        return R.Category != SlowCategory::Sleep &&
               R.Category != SlowCategory::Wait;
      }
  if (lockCall(Call))
    return false; // a mutex's failures are not what this analysis is about
  if (described(Call))
    return true; // acquire, release, begin, end: they talk to the server
  return std::nullopt;
}

} // namespace rules
} // namespace conncheck
