import * as ts from "typescript";
import type { UsedMember } from "./used-members";

/**
 * Checks, with the TypeScript compiler, that the Word fake has each Office.js member the add-in uses, with Word's
 * signature: a property reads as a value Word's type allows (and is writable where the add-in writes it), and a
 * method accepts every argument Word's overload accepts and returns what Word returns (the fake's counterpart of a
 * Word object, e.g. FakeRange for Word.Range).
 */

/** Where each Office.js type lives in the fake: a class, or a path from the fake's Word or Office namespace object. */
const FAKE_CLASSES: Record<string, string> = {
  "Word.Document": "FakeDocumentObject",
  "Word.RequestContext": "FakeRequestContext",
  "OfficeExtension.ClientObject": "FakeClientObject",
  "OfficeExtension.ClientRequestContext": "FakeRequestContext",
  "OfficeExtension.ClientResult": "FakeClientResult",
  "OfficeExtension.EventHandlers": "FakeEventHandlers",
  "OfficeExtension.EventHandlerResult": "FakeEventHandlerResult",
  "OfficeExtension.Error": "FakeOfficeError",
  "Office.Settings": "FakeSettings",
  "Office.OfficeTheme": "FakeTheme",
  "Office.AsyncResult": "AsyncResult",
};

const NAMESPACE_PATHS: Record<string, string[]> = {
  Word: [],
  Office: [],
  "Office.Context": ["context"],
  "Office.Document": ["context", "document"],
  "Office.RequirementSetSupport": ["context", "requirements"],
  "Office.Actions": ["actions"],
  "Office.Error": ["@AsyncResult", "error"],
};

/** Members whose value at run time differs from @types/office-js: the fake follows what Word does. */
export const RUNTIME_OVER_TYPINGS: Record<string, string> = {
  "Office.AsyncResultStatus.Succeeded": 'office.js defines it as the string "succeeded"; the typings declare a numeric enum',
  "Office.AsyncResultStatus.Failed": 'office.js defines it as the string "failed"',
  "Office.AsyncResult.status": "a string at run time (see AsyncResultStatus)",
  "Office.AsyncResult.error": "undefined when the call succeeded",
  "Office.Context.officeTheme": "undefined in Word on the web (office-js #3732, #3410)",
  "Word.Font.bold": "null over a range that mixes bold and regular text",
};

/** Members the fake does not provide because the caller does: the event Office passes to a ribbon command. */
export const SUPPLIED_BY_CALLER = new Set(["Office.AddinCommands.Event"]);

export class FakeTypes {
  private readonly checker: ts.TypeChecker;
  private readonly declarations = new Map<string, ts.Declaration>();

  constructor(program: ts.Program, fakeFiles: readonly string[]) {
    this.checker = program.getTypeChecker();
    for (const file of fakeFiles) {
      const source = program.getSourceFile(file);
      if (!source) throw new Error(`${file} is not part of the program.`);
      for (const statement of source.statements) {
        if ((ts.isClassDeclaration(statement) || ts.isInterfaceDeclaration(statement) || ts.isFunctionDeclaration(statement)) && statement.name) {
          this.declarations.set(statement.name.text, statement);
        }
      }
    }
  }

  has(name: string): boolean {
    return this.declarations.has(name);
  }

  /** The fake's class or interface for an Office.js type, by name ("Word.Range" → FakeRange). */
  fakeClassNameFor(owner: string): string | undefined {
    if (owner in FAKE_CLASSES) return FAKE_CLASSES[owner];
    const match = /^Word\.(\w+)$/.exec(owner);
    return match && this.has(`Fake${match[1]}`) ? `Fake${match[1]}` : undefined;
  }

  private instanceType(name: string): ts.Type {
    const declaration = this.declarations.get(name);
    if (!declaration) throw new Error(`The fake has no ${name}.`);
    if (ts.isFunctionDeclaration(declaration)) {
      const signature = this.checker.getSignatureFromDeclaration(declaration);
      if (!signature) throw new Error(`${name} has no signature.`);
      return this.checker.getReturnTypeOfSignature(signature);
    }
    return this.checker.getDeclaredTypeOfSymbol(this.checker.getSymbolAtLocation((declaration as ts.ClassDeclaration).name as ts.Identifier) as ts.Symbol);
  }

  private property(type: ts.Type, name: string): ts.Type | undefined {
    const symbol = this.checker.getPropertyOfType(type, name);
    return symbol && this.checker.getTypeOfSymbol(symbol);
  }

  /** The fake's type standing for an Office.js type or namespace, or undefined when the fake has none. */
  fakeTypeFor(owner: string): ts.Type | undefined {
    const className = this.fakeClassNameFor(owner);
    if (className) return this.has(className) ? this.instanceType(className) : undefined;
    let path = NAMESPACE_PATHS[owner];
    let type: ts.Type | undefined;
    const root = owner.split(".")[0];
    if (!path) {
      // An enum in a namespace (Word.InsertLocation, Office.HostType) is a property of the namespace object.
      const match = /^(Word|Office)\.(\w+)$/.exec(owner);
      if (!match) return undefined;
      path = [match[2] as string];
    }
    const start = path[0]?.startsWith("@") ? path[0].slice(1) : root === "Word" ? "createWordNamespace" : "createOfficeNamespace";
    if (!this.has(start)) return undefined;
    type = this.instanceType(start);
    if (path[0]?.startsWith("@")) path = path.slice(1);
    for (const step of path) type = type && this.property(this.checker.getNonNullableType(type), step);
    return type && this.checker.getNonNullableType(type);
  }

  get typeChecker(): ts.TypeChecker {
    return this.checker;
  }
}

function ownerNameOf(type: ts.Type): string | undefined {
  const symbol = type.aliasSymbol ?? type.getSymbol();
  const declaration = symbol?.declarations?.[0];
  if (!symbol || !declaration || !declaration.getSourceFile().fileName.includes("@types/office-js")) return undefined;
  const names = [symbol.name];
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (ts.isModuleDeclaration(node)) names.unshift(node.name.getText());
  }
  return names.join(".");
}

export class Conformance {
  private readonly checker: ts.TypeChecker;

  constructor(private readonly fake: FakeTypes) {
    this.checker = fake.typeChecker;
  }

  /** Every way the fake falls short of Word for the members the add-in uses; empty when it conforms. */
  problems(used: readonly UsedMember[]): string[] {
    const problems: string[] = [];
    for (const use of used) {
      const name = `${use.owner}.${use.member}`;
      if (SUPPLIED_BY_CALLER.has(use.owner)) continue;
      const problem = this.check(use);
      if (problem) problems.push(`${name} (used at ${use.where}): ${problem}`);
    }
    return problems;
  }

  private check(use: UsedMember): string | undefined {
    const ownerType = this.fake.fakeTypeFor(use.owner);
    if (!ownerType) return `the fake has nothing standing for ${use.owner}`;
    const fakeSymbol = this.checker.getPropertyOfType(ownerType, use.member);
    if (!fakeSymbol) return "the fake does not have it";
    const fakeType = this.checker.getTypeOfSymbol(fakeSymbol);
    const wordType = this.checker.getTypeOfSymbol(use.symbol);
    if (use.signatures.length > 0) return this.checkMethod(use.signatures, fakeType);
    if (use.written && !this.isWritable(fakeSymbol)) return "the add-in writes it but the fake's is read-only";
    const name = `${use.owner}.${use.member}`;
    if (name in RUNTIME_OVER_TYPINGS) return undefined;
    if ((use.symbol.flags & ts.SymbolFlags.EnumMember) !== 0) {
      // The typings' ambient enums give no values; at run time Office's enums are their members' names.
      const expected = this.checker.getConstantValue(use.symbol.declarations?.[0] as ts.EnumMember) ?? use.member;
      return fakeType.isLiteral() && fakeType.value === expected ? undefined : `Word's value is ${JSON.stringify(expected)}, the fake's ${this.show(fakeType)}`;
    }
    if ((use.symbol.flags & (ts.SymbolFlags.Enum | ts.SymbolFlags.Module | ts.SymbolFlags.Class)) !== 0) return undefined;
    return this.corresponds(fakeType, wordType, "out") ? undefined : `Word's type is ${this.show(wordType)}, the fake's ${this.show(fakeType)}`;
  }

  private isWritable(symbol: ts.Symbol): boolean {
    if ((symbol.flags & ts.SymbolFlags.SetAccessor) !== 0) return true;
    if ((symbol.flags & ts.SymbolFlags.Property) === 0) return false;
    return !symbol.declarations?.some((declaration) => ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Readonly);
  }

  private checkMethod(wordSignatures: readonly ts.Signature[], fakeType: ts.Type): string | undefined {
    const fakeSignatures = fakeType.getCallSignatures();
    if (fakeSignatures.length === 0) return "the fake's is not a method";
    for (const word of wordSignatures) {
      const reasons = fakeSignatures.map((fake) => this.signatureProblem(fake, word));
      if (!reasons.includes(undefined)) return `for Word's ${this.checker.signatureToString(word)}: ${reasons.join("; ")}`;
    }
    return undefined;
  }

  private signatureProblem(fake: ts.Signature, word: ts.Signature): string | undefined {
    const required = (signature: ts.Signature) =>
      signature.parameters.filter((parameter) => {
        const declaration = parameter.valueDeclaration;
        return !(declaration && ts.isParameter(declaration) && (declaration.questionToken || declaration.initializer || declaration.dotDotDotToken));
      }).length;
    if (required(fake) > required(word)) return `the fake requires ${required(fake)} arguments, Word ${required(word)}`;
    for (const [index, parameter] of word.parameters.entries()) {
      const rest = fake.parameters.find((candidate) => {
        const declaration = candidate.valueDeclaration;
        return declaration && ts.isParameter(declaration) && declaration.dotDotDotToken;
      });
      const fakeParameter = fake.parameters[index] ?? rest;
      if (!fakeParameter) return `the fake takes no argument ${index + 1} (${parameter.name})`;
      // An argument the fake passes through as its own type parameter (sync<T>(passThroughValue?: T)) takes anything.
      const ownTypeParameters = new Set((fake.typeParameters ?? []).map((typeParameter) => typeParameter.symbol.name));
      const declared = fakeParameter.valueDeclaration;
      if (declared && ts.isParameter(declared) && declared.type && ownTypeParameters.has(declared.type.getText())) continue;
      const wordType = this.checker.getNonNullableType(this.checker.getTypeOfSymbol(parameter));
      let fakeParameterType = this.checker.getTypeOfSymbol(fakeParameter);
      if ((fakeParameterType.flags & ts.TypeFlags.TypeParameter) === 0) fakeParameterType = this.checker.getNonNullableType(fakeParameterType);
      if (fakeParameter === rest) fakeParameterType = this.checker.getTypeArguments(fakeParameterType as ts.TypeReference)[0] ?? fakeParameterType;
      if (!this.corresponds(fakeParameterType, wordType, "in")) {
        return `argument ${parameter.name}: Word takes ${this.show(wordType)}, the fake ${this.show(fakeParameterType)}`;
      }
    }
    const wordReturn = this.checker.getReturnTypeOfSignature(word);
    const fakeReturn = this.checker.getReturnTypeOfSignature(fake);
    // A generic method (Word.run<T>) returns its own type parameter: the same outer type is what can be compared.
    const generic = (word.typeParameters?.length ?? 0) > 0 || (fake.typeParameters?.length ?? 0) > 0;
    const returns = generic ? fakeReturn.getSymbol()?.name === wordReturn.getSymbol()?.name : this.corresponds(fakeReturn, wordReturn, "out");
    if (!returns) return `Word returns ${this.show(wordReturn)}, the fake ${this.show(fakeReturn)}`;
    return undefined;
  }

  /**
   * Whether a fake type stands for a Word type: by counterpart for Word's objects (a FakeRange for a Word.Range,
   * type arguments included), otherwise by assignability (out: what the fake gives fits Word's type; in: what Word
   * accepts, the fake accepts).
   */
  private corresponds(fake: ts.Type, word: ts.Type, direction: "in" | "out"): boolean {
    if ((word.flags & (ts.TypeFlags.Void | ts.TypeFlags.Any | ts.TypeFlags.Unknown)) !== 0) return true;
    if ((fake.flags & ts.TypeFlags.Any) !== 0) return true;
    const isThis = (fake as { isThisType?: boolean }).isThisType === true;
    // A generic class's own type parameter (FakeClientResult<R>.value) is checked where the class is instantiated.
    if ((fake.flags & ts.TypeFlags.TypeParameter) !== 0 && !isThis) return true;
    const concrete = isThis ? (this.checker.getBaseConstraintOfType(fake) ?? fake) : fake;
    const standIn = this.standInFor(word);
    if (standIn) return concrete === standIn || this.checker.isTypeAssignableTo(concrete, standIn);
    if (word.isUnion() && word.types.some((member) => this.counterpartName(member))) {
      return direction === "out"
        ? (concrete.isUnion() ? concrete.types : [concrete]).every((part) => word.types.some((member) => this.corresponds(part, member, direction)))
        : word.types.every((member) => this.corresponds(concrete, member, direction));
    }
    if (this.checker.isArrayType(word)) {
      if (!this.checker.isArrayType(concrete)) return false;
      const [wordItem] = this.checker.getTypeArguments(word as ts.TypeReference);
      const [fakeItem] = this.checker.getTypeArguments(concrete as ts.TypeReference);
      return !!wordItem && !!fakeItem && this.corresponds(fakeItem, wordItem, direction);
    }
    const counterpart = this.counterpartName(word);
    if (counterpart) {
      if (concrete.getSymbol()?.name !== counterpart && concrete.aliasSymbol?.name !== counterpart) return false;
      const wordArguments = (word as ts.TypeReference).target ? this.checker.getTypeArguments(word as ts.TypeReference) : [];
      const fakeArguments = (concrete as ts.TypeReference).target ? this.checker.getTypeArguments(concrete as ts.TypeReference) : [];
      // A fake class that is not generic (FakeEventHandlers for every EventHandlers<T>) stands for all of them.
      if (fakeArguments.length === 0) return true;
      return wordArguments.every((argument, index) => {
        const fakeArgument = fakeArguments[index];
        return fakeArgument !== undefined && this.corresponds(fakeArgument, argument, direction);
      });
    }
    return direction === "out" ? this.checker.isTypeAssignableTo(concrete, word) : this.checker.isTypeAssignableTo(word, concrete);
  }

  /** The fake's object standing for an Office.js interface it has no class for (Office.Context → Office.context). */
  private standInFor(word: ts.Type): ts.Type | undefined {
    const owner = ownerNameOf(word);
    return owner && owner in NAMESPACE_PATHS ? this.fake.fakeTypeFor(owner) : undefined;
  }

  private counterpartName(word: ts.Type): string | undefined {
    const owner = ownerNameOf(word);
    return owner ? this.fake.fakeClassNameFor(owner) : undefined;
  }

  private show(type: ts.Type): string {
    return this.checker.typeToString(type);
  }
}
