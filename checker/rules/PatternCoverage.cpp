//===--- PatternCoverage.cpp ----------------------------------------------===//
#include "PatternCoverage.h"
#include "RoleCatalogue.h"

#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclFriend.h"
#include "clang/AST/DeclTemplate.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallPtrSet.h"
#include "llvm/ADT/StringSet.h"

#include <tuple>

using namespace clang;

namespace conncheck {
namespace rules {

PatternCoverage::PatternCoverage(const std::vector<RulePack> &Packs,
                                 llvm::function_ref<bool(size_t)> Follow) {
  for (size_t I = 0; I < Packs.size(); ++I) {
    if (!Follow(I))
      continue;
    size_t First = Sites.size();
    for (const PatternSite &S : Packs[I].Patterns)
      Sites.push_back(&S);
    // The loader reads the sections in its own order; an author reads the
    // warnings in the order of the file.
    std::stable_sort(Sites.begin() + First, Sites.end(),
                     [](const PatternSite *A, const PatternSite *B) {
                       return std::tie(A->Origin.Line, A->Origin.Column) <
                              std::tie(B->Origin.Line, B->Origin.Column);
                     });
  }
  Matched.assign(Sites.size(), false);
}

namespace {

/// Walks the declarations of a unit that a pattern may name -- functions and
/// methods, classes, typedef and using aliases, variables and fields -- and
/// tests each distinct name once against the patterns still open. Only
/// namespaces and classes are entered: what is local to a function is named
/// by no pattern.
class NameWalker {
public:
  NameWalker(llvm::ArrayRef<const PatternSite *> Sites,
             llvm::ArrayRef<size_t> Open, std::vector<size_t> &Found)
      : Sites(Sites), Found(Found), Left(Open.size()) {
    for (size_t I : Open)
      bucketOf(Sites[I]->Pattern.text()).push_back(I);
  }

  void walk(const DeclContext *DC) {
    for (const Decl *D : DC->decls()) {
      if (!Left)
        return;
      visit(D);
    }
  }

  /// Builtin types are named by their spelling (`param-type: double`):
  /// those of the parameters seen count as names too.
  void testBuiltinTypes(const ASTContext &Ctx) {
    PrintingPolicy Policy(Ctx.getLangOpts());
    for (const BuiltinType *B : Builtins)
      test(B->getName(Policy).str());
  }

private:
  llvm::ArrayRef<const PatternSite *> Sites;
  std::vector<size_t> &Found;
  /// The patterns still open, by the first character of their text; those
  /// that begin with a wildcard in the last. Most patterns begin with their
  /// namespace: a name is tested only against those that can match it.
  std::vector<size_t> Buckets[257];
  size_t Left;
  /// Names already tested: redeclarations and overloads share one.
  llvm::StringSet<> Seen;
  llvm::SmallPtrSet<const BuiltinType *, 16> Builtins;

  void test(std::string Name) {
    if (!Left || Name.empty() || !Seen.insert(Name).second)
      return;
    for (std::vector<size_t> *Open : {&bucketOf(Name), &Buckets[256]})
      for (size_t I = 0; I < Open->size();) {
        if (Sites[(*Open)[I]]->Pattern.matches(Name)) {
          // Matched once is enough: it is not tested again.
          Found.push_back((*Open)[I]);
          (*Open)[I] = Open->back();
          Open->pop_back();
          --Left;
        } else {
          ++I;
        }
      }
  }

  std::vector<size_t> &bucketOf(llvm::StringRef Text) {
    if (Text.empty() || llvm::StringRef("*?[{\\").contains(Text.front()))
      return Buckets[256];
    return Buckets[static_cast<unsigned char>(Text.front())];
  }

  void visit(const Decl *D) {
    // A template is named as what it declares.
    if (const auto *T = dyn_cast<TemplateDecl>(D)) {
      if (!T->getTemplatedDecl())
        return;
      D = T->getTemplatedDecl();
    }
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(D);
        Spec && !Spec->isExplicitSpecialization())
      return; // an instantiation: the names of its template
    if (const auto *Friend = dyn_cast<FriendDecl>(D)) {
      // A friend defined in its class is declared nowhere else.
      if (const NamedDecl *F = Friend->getFriendDecl())
        visit(F);
      return;
    }
    if (isa<NamespaceDecl, LinkageSpecDecl, ExportDecl>(D))
      return walk(cast<DeclContext>(D));
    if (const auto *FD = dyn_cast<FunctionDecl>(D)) {
      test(qualifiedName(FD));
      noteBuiltinParams(FD);
      return;
    }
    if (const auto *Tag = dyn_cast<TagDecl>(D)) {
      const auto *RD = dyn_cast<CXXRecordDecl>(Tag);
      if (RD && RD->isLambda())
        return;
      test(qualifiedName(Tag));
      if (RD && RD->isThisDeclarationADefinition()) {
        testInheritedNames(RD);
        walk(RD);
      }
      return;
    }
    if (isa<TypedefNameDecl, VarDecl, FieldDecl>(D))
      test(qualifiedName(cast<NamedDecl>(D)));
  }

  void noteBuiltinParams(const FunctionDecl *FD) {
    for (const ParmVarDecl *P : FD->parameters()) {
      QualType T = P->getType().getNonReferenceType();
      while (T->isPointerType())
        T = T->getPointeeType();
      if (const auto *B = T->getAs<BuiltinType>())
        Builtins.insert(B);
    }
  }

  /// A call is also matched under the class it is made on
  /// (RoleCatalogue::candidateNames): `Derived::get` names the `get` that
  /// Derived inherits from a base, though no declaration bears that name.
  void testInheritedNames(const CXXRecordDecl *RD) {
    if (RD->getNumBases() == 0)
      return;
    std::string Prefix = qualifiedName(RD) + "::";
    llvm::SmallPtrSet<const CXXRecordDecl *, 8> Done;
    llvm::SmallVector<const CXXRecordDecl *, 8> Work;
    auto PushBases = [&](const CXXRecordDecl *C) {
      for (const CXXBaseSpecifier &B : C->bases())
        if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
          if ((Base = Base->getDefinition()))
            Work.push_back(Base);
    };
    PushBases(RD);
    while (!Work.empty() && Left) {
      const CXXRecordDecl *Base = Work.pop_back_val();
      if (!Done.insert(Base).second)
        continue;
      for (const Decl *D : Base->decls()) {
        if (const auto *T = dyn_cast<FunctionTemplateDecl>(D))
          D = T->getTemplatedDecl();
        // Constructors and destructors are not called on an object.
        const auto *M = dyn_cast<CXXMethodDecl>(D);
        if (M && !isa<CXXConstructorDecl, CXXDestructorDecl>(M))
          test(Prefix + M->getNameAsString());
      }
      PushBases(Base);
    }
  }
};

} // namespace

void PatternCoverage::visitUnit(ASTContext &Ctx) {
  auto Start = std::chrono::steady_clock::now();
  auto AddTime = llvm::make_scope_exit([&] {
    ++Units;
    Nanoseconds += std::chrono::duration_cast<std::chrono::nanoseconds>(
                       std::chrono::steady_clock::now() - Start)
                       .count();
  });
  std::vector<size_t> Open;
  {
    std::lock_guard<std::mutex> Lock(Mutex);
    for (size_t I = 0; I < Sites.size(); ++I)
      if (!Matched[I])
        Open.push_back(I);
  }
  // Once every pattern has matched in some unit, the others pay nothing.
  if (Open.empty())
    return;
  std::vector<size_t> Found;
  NameWalker Walker(Sites, Open, Found);
  Walker.walk(Ctx.getTranslationUnitDecl());
  Walker.testBuiltinTypes(Ctx);
  std::lock_guard<std::mutex> Lock(Mutex);
  for (size_t I : Found)
    Matched[I] = true;
}

std::vector<const PatternSite *> PatternCoverage::unmatched() const {
  std::lock_guard<std::mutex> Lock(Mutex);
  std::vector<const PatternSite *> Out;
  for (size_t I = 0; I < Sites.size(); ++I)
    if (!Matched[I])
      Out.push_back(Sites[I]);
  return Out;
}

} // namespace rules
} // namespace conncheck
