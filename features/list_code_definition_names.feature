@tool:list_code_definition_names
Feature: list_code_definition_names lists the definitions tree-sitter finds in a file or in a folder's top-level files
  listCodeDefinitionNamesTool resolves path against the workspace, shows {"tool":"listCodeDefinitionNames","path",
  "isOutsideWorkspace","content"} (content "" while streaming) and needs a path (else the missing-parameter error, a
  mistake). fs.stat decides: a file goes to parseSourceCodeDefinitionsForFile (undefined becomes "No source code
  definitions found in cline file."), a folder to parseSourceCodeForDefinitionsTopLevel, anything else is "neither",
  and a path that cannot be stat'ed is "<absolute path>: does not exist or cannot be accessed.". Files are parsed with
  tree-sitter (Codex: web-tree-sitter + tree-sitter-wasms; the port: the native runtime and the same grammar sources,
  tools/tree-sitter) and Codex's queries; captures are sorted by row and every definition of at least 4 lines is
  printed once per line range as "START--END | first line", its parent's range after it when that spans 4 lines too.
  Markdown files use headers and their sections instead. .kilocodeignore'd files are left out. A folder lists its
  first 50 top-level files whose extension (as written) is supported, markdown first, paths relative to it.
  Lua has no scenario: in the original the same Lua file gives one or three definitions depending on which scenarios
  the same host process ran before (reproducible with `--jobs 2`; the port showed it once too). The cause is in the
  grammar both share, tree-sitter-lua 2.1.3's src/scanner.c: `external_scanner_create` mallocs its state
  ({started, depth}) without initialising it, and `deserialize` ignores the empty buffer a parse starts with, so the
  first tokens are scanned with whatever an earlier allocation left in that memory (WebAssembly heap in Codex, the C
  heap in the port). No output of it is a stable reference.

  Background:
    Given the mode is "code"

  # ---- the tool's paths -------------------------------------------------------------------------------------------
  Scenario: A file's definitions are shown and returned once approved
    Given a file "src/Shapes.cs" with:
      """
      namespace Geometry
      {
          public class Circle
          {
              public double Radius;

              public double Area()
              {
                  return Math.PI * Radius * Radius;
              }
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/Shapes.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result header is "[list_code_definition_names for 'src/Shapes.cs'] Result:"
    And the tool result is "# Shapes.cs\n1--12 | namespace Geometry\n3--11 |     public class Circle\n7--10 |         public double Area()\n"
    And "ui[1].text" contains "{\"tool\":\"listCodeDefinitionNames\",\"path\":\"src/Shapes.cs\",\"isOutsideWorkspace\":false,\"content\":\"# Shapes.cs\\n"
    And the consecutive mistake count is 0
    And tool "list_code_definition_names" was used 1 time with 0 failures
    And no error escaped

  Scenario: Without a path the tool answers with the missing-parameter error and counts a mistake
    Given the assistant message is "<list_code_definition_names></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nMissing value for required parameter 'path'. Please retry with complete response.\n\n# Reminder: Instructions for Tool Use\n\nTool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:\n\n<actual_tool_name>\n<parameter1_name>value1</parameter1_name>\n<parameter2_name>value2</parameter2_name>\n...\n</actual_tool_name>\n\nFor example, to use the attempt_completion tool:\n\n<attempt_completion>\n<result>\nI have completed the task...\n</result>\n</attempt_completion>\n\nAlways use the actual tool name as the XML tag name for proper parsing and execution.\n</error>"
    And the consecutive mistake count is 1
    And tool "list_code_definition_names" was used 1 time with 1 failure

  Scenario: An empty path is a missing parameter too
    Given the assistant message is "<list_code_definition_names><path></path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "The tool execution failed with the following error:\n<error>\nMissing value for required parameter 'path'. Please retry with complete response.\n\n# Reminder: Instructions for Tool Use\n\nTool uses are formatted using XML-style tags. The tool name itself becomes the XML tag name. Each parameter is enclosed within its own set of tags. Here's the structure:\n\n<actual_tool_name>\n<parameter1_name>value1</parameter1_name>\n<parameter2_name>value2</parameter2_name>\n...\n</actual_tool_name>\n\nFor example, to use the attempt_completion tool:\n\n<attempt_completion>\n<result>\nI have completed the task...\n</result>\n</attempt_completion>\n\nAlways use the actual tool name as the XML tag name for proper parsing and execution.\n</error>"
    And the consecutive mistake count is 1

  Scenario: A folder lists the definitions of its top-level files, markdown first, sub-folders not entered
    Given a file "src/models.ts" with:
      """
      export interface User {
        id: string
        name: string
        email: string
      }
      """
    And a file "src/worker.py" with:
      """
      def run(jobs):
          for job in jobs:
              job.start()
          return len(jobs)
      """
    And a file "src/NOTES.md" with:
      """
      # Notes

      first
      second

      ## Later
      """
    And a file "src/nested/deep.ts" with:
      """
      export function hidden() {
        const a = 1
        const b = 2
        return a + b
      }
      """
    And a file "src/plain.txt" containing "not code\n"
    And the assistant message is "<list_code_definition_names><path>src</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# NOTES.md\n1--5 | # Notes\n\n# models.ts\n1--5 | export interface User {\n\n# worker.py\n1--4 | def run(jobs):\n\n"
    And "ui[1].text" contains "{\"tool\":\"listCodeDefinitionNames\",\"path\":\"src\",\"isOutsideWorkspace\":false,"

  Scenario: The workspace folder itself can be listed with "."
    Given a file "main.go" with:
      """
      package main

      func main() {
      	println("a")
      	println("b")
      }
      """
    And the assistant message is "<list_code_definition_names><path>.</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# main.go\n1--6 | package main\n\n"
    And "ui[1].text" contains "\"path\":\"workspace\","

  Scenario: A folder without definitions answers so
    Given a file "lib/tiny.ts" containing "export const a = 1\n"
    And a file "lib/data.txt" containing "text\n"
    And the assistant message is "<list_code_definition_names><path>lib</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found."

  Scenario: An empty folder has no definitions
    Given a file "empty/.keep" containing ""
    And the assistant message is "<list_code_definition_names><path>empty</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found."

  Scenario: A file whose definitions are all shorter than 4 lines has none
    Given a file "short.ts" with:
      """
      function a() { return 1 }
      class B {
        x = 1
      }
      """
    And the assistant message is "<list_code_definition_names><path>short.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: A file of an unsupported extension has no definitions
    Given a file "notes.txt" with:
      """
      class NotCode {
        this is prose
        over several
        lines
      }
      """
    And the assistant message is "<list_code_definition_names><path>notes.txt</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: A path that does not exist is reported with its absolute path
    Given the assistant message is "<list_code_definition_names><path>missing/file.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/missing/file.ts: does not exist or cannot be accessed."
    And the consecutive mistake count is 0

  Scenario: A path outside the workspace is flagged in the ask
    Given the assistant message is "<list_code_definition_names><path>../elsewhere/x.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then "ui[1].text" contains "\"isOutsideWorkspace\":true,"
    And the tool result is "{workspace}/../elsewhere/x.ts: does not exist or cannot be accessed."

  Scenario: An extension in upper case is parsed when the file is named
    Given a file "LEGACY.TS" with:
      """
      export class Legacy {
        run() {
          return 1
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>LEGACY.TS</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# LEGACY.TS\n1--5 | export class Legacy {\n"

  Scenario: An extension in upper case is skipped in a folder listing (the folder compares extensions as written)
    Given a file "pkg/LEGACY.TS" with:
      """
      export class Legacy {
        run() {
          return 1
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>pkg</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found."

  Scenario: An ERB template is found but its parser is stored under another key, so it is an unsupported file type
    Given a file "views/show.erb" with:
      """
      <% if @user %>
        <p><%= @user.name %></p>
        <p><%= @user.email %></p>
      <% end %>
      """
    And the assistant message is "<list_code_definition_names><path>views/show.erb</path></list_code_definition_names>"
    When the assistant message is presented
    Then "userMessageContent[1].text" contains "# show.erb\nUnsupported file type: "
    And "userMessageContent[1].text" contains "/views/show.erb"

  Scenario: A folder holding a listed extension without a parser (.htm) is answered as if it did not exist (the parser loader throws inside the stat try)
    Given a file "site/index.htm" with:
      """
      <html>
        <body>
          <p>hi</p>
        </body>
      </html>
      """
    And the assistant message is "<list_code_definition_names><path>site</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/site: does not exist or cannot be accessed."

  Scenario: An Elm file is listed as supported, but no parser exists for it: the loader's error reads as a missing path
    Given a file "Main.elm" with:
      """
      module Main exposing (main)

      main =
          text "hi"
      """
    And the assistant message is "<list_code_definition_names><path>Main.elm</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/Main.elm: does not exist or cannot be accessed."

  # ---- .kilocodeignore -------------------------------------------------------------------------------------------
  Scenario: A .kilocodeignore'd file shows no definitions
    Given a file ".kilocodeignore" containing "secret/\n"
    And a file "secret/keys.ts" with:
      """
      export class Keys {
        a = 1
        b = 2
      }
      """
    And the assistant message is "<list_code_definition_names><path>secret/keys.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: A folder listing leaves .kilocodeignore'd files out
    Given a file ".kilocodeignore" containing "app/private.ts\n"
    And a file "app/private.ts" with:
      """
      export class Private {
        a = 1
        b = 2
      }
      """
    And a file "app/public.ts" with:
      """
      export class Public {
        a = 1
        b = 2
      }
      """
    And the assistant message is "<list_code_definition_names><path>app</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# public.ts\n1--4 | export class Public {\n\n"

  # ---- approval ---------------------------------------------------------------------------------------------------
  Scenario: A denied listing returns nothing but the denial
    Given a file "a.py" with:
      """
      def f():
          x = 1
          y = 2
          return x + y
      """
    And the assistant message is "<list_code_definition_names><path>a.py</path></list_code_definition_names>"
    And the user denies
    When the assistant message is presented
    Then the tool result is "The user denied this operation."

  Scenario: An approval with feedback returns the feedback, then the definitions
    Given a file "a.py" with:
      """
      def f():
          x = 1
          y = 2
          return x + y
      """
    And the assistant message is "<list_code_definition_names><path>a.py</path></list_code_definition_names>"
    And the user approves with feedback "only the public ones"
    When the assistant message is presented
    Then the user message content is:
      """
      [list_code_definition_names for 'a.py'] Result:
      ---
      The user approved this operation and provided the following context:
      <feedback>
      only the public ones
      </feedback>
      ---
      [list_code_definition_names for 'a.py'] Result:
      ---
      # a.py
      1--4 | def f():

      """

  Scenario: A denial with feedback returns the feedback
    Given a file "a.py" with:
      """
      def f():
          x = 1
          y = 2
          return x + y
      """
    And the assistant message is "<list_code_definition_names><path>a.py</path></list_code_definition_names>"
    And the user denies with feedback "not now"
    When the assistant message is presented
    Then the tool result is "The user denied this operation and provided the following feedback:\n<feedback>\nnot now\n</feedback>"

  # ---- one scenario per case of Codex's parseSourceCodeDefinitions.<language>.spec (our own samples) ----------

  Scenario: CSharp: namespace declarations
    Given a file "src/sample.cs" with:
      """
      namespace Shop.Billing
      {
          public class Invoice
          {
              public decimal Total;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n3--6 |     public class Invoice\n"

  Scenario: CSharp: file-scoped namespace declarations
    Given a file "src/sample.cs" with:
      """
      namespace Shop.Catalog;

      public class Product
      {
          public string Name { get; set; } = "";
          public decimal Price { get; set; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n3--7 | public class Product\n"

  Scenario: CSharp: class declarations (generic, static, abstract, partial, nested)
    Given a file "src/sample.cs" with:
      """
      public abstract class Repository<T> where T : class
      {
          public abstract T Find(int id);

          private static class Cache
          {
              public static int Hits;
              public static int Misses;
          }
      }

      public partial class Widget
      {
          partial void OnCreated();
          public int Id;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--10 | public abstract class Repository<T> where T : class\n5--9 |     private static class Cache\n12--16 | public partial class Widget\n"

  Scenario: CSharp: interface declarations
    Given a file "src/sample.cs" with:
      """
      public interface IClock
      {
          DateTime Now { get; }
          DateTime Today { get; }
          void Tick();
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--6 | public interface IClock\n"

  Scenario: CSharp: enum declarations
    Given a file "src/sample.cs" with:
      """
      public enum Season
      {
          Spring,
          Summer,
          Autumn,
          Winter
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--7 | public enum Season\n"

  Scenario: CSharp: method declarations
    Given a file "src/sample.cs" with:
      """
      public class Calculator
      {
          public int Add(int a, int b)
          {
              var sum = a + b;
              return sum;
          }

          public static async Task<int> SlowAddAsync(int a, int b)
          {
              await Task.Delay(10);
              return a + b;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--14 | public class Calculator\n3--7 |     public int Add(int a, int b)\n9--13 |     public static async Task<int> SlowAddAsync(int a, int b)\n"

  Scenario: CSharp: property declarations
    Given a file "src/sample.cs" with:
      """
      public class Account
      {
          private decimal _balance;

          public decimal Balance
          {
              get { return _balance; }
              set { _balance = value; }
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--10 | public class Account\n5--9 |     public decimal Balance\n"

  Scenario: CSharp: event declarations
    Given a file "src/sample.cs" with:
      """
      public class Button
      {
          public event EventHandler Clicked
          {
              add { _clicked += value; }
              remove { _clicked -= value; }
          }
          private EventHandler _clicked;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--9 | public class Button\n3--7 |     public event EventHandler Clicked\n"

  Scenario: CSharp: delegate declarations
    Given a file "src/sample.cs" with:
      """
      public delegate TResult Transformer<TInput, TResult>(
          TInput input,
          int attempt,
          bool verbose
      );
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--5 | public delegate TResult Transformer<TInput, TResult>(\n"

  Scenario: CSharp: struct declarations
    Given a file "src/sample.cs" with:
      """
      public struct Vector2
      {
          public float X;
          public float Y;
          public float Length() => MathF.Sqrt(X * X + Y * Y);
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--6 | public struct Vector2\n"

  Scenario: CSharp: record declarations
    Given a file "src/sample.cs" with:
      """
      public record Person(string First, string Last)
      {
          public string Full => $"{First} {Last}";
          public int Age { get; init; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--5 | public record Person(string First, string Last)\n"

  Scenario: CSharp: attribute declarations
    Given a file "src/sample.cs" with:
      """
      [AttributeUsage(AttributeTargets.Class)]
      public class TableAttribute : Attribute
      {
          public string Name { get; }
          public TableAttribute(string name) => Name = name;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--6 | [AttributeUsage(AttributeTargets.Class)]\n"

  Scenario: CSharp: generic type parameters
    Given a file "src/sample.cs" with:
      """
      public class Pair<TLeft, TRight>
          where TLeft : notnull
          where TRight : notnull
      {
          public TLeft Left { get; set; }
          public TRight Right { get; set; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--7 | public class Pair<TLeft, TRight>\n"

  Scenario: CSharp: LINQ expressions
    Given a file "src/sample.cs" with:
      """
      public class Report
      {
          public IEnumerable<string> Names(IEnumerable<Person> people)
          {
              var query = from p in people
                          where p.Age > 18
                          orderby p.Last
                          select p.Full;
              return query;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cs\n1--11 | public class Report\n3--10 |     public IEnumerable<string> Names(IEnumerable<Person> people)\n5--8 |         var query = from p in people\n"

  Scenario: TypeScript: interface declarations
    Given a file "src/sample.ts" with:
      """
      export interface Order {
        id: string
        lines: OrderLine[]
        placedAt: Date
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--5 | export interface Order {\n"

  Scenario: TypeScript: type alias declarations
    Given a file "src/sample.ts" with:
      """
      type Shape =
        | { kind: "circle"; radius: number }
        | { kind: "square"; side: number }
        | { kind: "rect"; w: number; h: number }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--4 | type Shape =\n"

  Scenario: TypeScript: enum declarations
    Given a file "src/sample.ts" with:
      """
      enum Direction {
        Up = 1,
        Down,
        Left,
        Right,
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--6 | enum Direction {\n"

  Scenario: TypeScript: namespace declarations
    Given a file "src/sample.ts" with:
      """
      namespace Validation {
        export const digits = /^[0-9]+$/
        export function isNumber(s: string) {
          return digits.test(s)
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--6 | namespace Validation {\n"

  Scenario: TypeScript: function declarations
    Given a file "src/sample.ts" with:
      """
      export function greet(name: string): string {
        const greeting = `Hello, ${name}`
        console.log(greeting)
        return greeting
      }

      async function load<T>(url: string): Promise<T> {
        const res = await fetch(url)
        const body = await res.json()
        return body as T
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--5 | export function greet(name: string): string {\n7--11 | async function load<T>(url: string): Promise<T> {\n1--11 | export function greet(name: string): string {\n"

  Scenario: TypeScript: class declarations
    Given a file "src/sample.ts" with:
      """
      export abstract class Animal {
        constructor(protected name: string) {}
        abstract speak(): string
        describe() {
          return `${this.name} says ${this.speak()}`
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--7 | export abstract class Animal {\n"

  Scenario: TypeScript: method declarations
    Given a file "src/sample.ts" with:
      """
      class Counter {
        private count = 0

        increment(by = 1): number {
          this.count += by
          return this.count
        }

        get value(): number {
          const v = this.count
          return v
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--13 | class Counter {\n4--7 |   increment(by = 1): number {\n9--12 |   get value(): number {\n"

  Scenario: TypeScript: decorated class and method declarations
    Given a file "src/sample.ts" with:
      """
      @Component({
        selector: "app-root",
        template: "<p>hi</p>",
      })
      export class AppComponent {
        @Input()
        title = "app"

        @HostListener("click")
        onClick() {
          console.log("clicked")
          return true
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ts\n1--14 | @Component({\n1--4 | @Component({\n5--14 | export class AppComponent {\n10--13 |   onClick() {\n"

  Scenario: Python: class and method definitions
    Given a file "src/sample.py" with:
      """
      class Stack:
          def __init__(self):
              self.items = []

          def push(self, item):
              self.items.append(item)
              return len(self.items)

          def pop(self):
              if not self.items:
                  raise IndexError("empty")
              return self.items.pop()
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.py\n1--12 | class Stack:\n9--12 |     def pop(self):\n2--12 |     def __init__(self):\n"

  Scenario: Python: decorated and async function definitions
    Given a file "src/sample.py" with:
      """
      @app.route("/users")
      def list_users():
          users = db.all()
          return jsonify(users)


      async def fetch_all(urls):
          results = []
          for url in urls:
              results.append(await fetch(url))
          return results
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.py\n1--4 | @app.route(\"/users\")\n1--11 | @app.route(\"/users\")\n7--11 | async def fetch_all(urls):\n"

  Scenario: Python: special functions and expressions
    Given a file "src/sample.py" with:
      """
      class Vector:
          def __add__(self, other):
              x = self.x + other.x
              y = self.y + other.y
              return Vector(x, y)


      squares = [
          n * n
          for n in range(10)
          if n % 2
      ]
      handler = lambda event: (
          event.name,
          event.time,
      )
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.py\n1--5 | class Vector:\n1--16 | class Vector:\n2--5 |     def __add__(self, other):\n8--12 | squares = [\n"

  Scenario: Python: control flow structures
    Given a file "src/sample.py" with:
      """
      def process(items):
          for item in items:
              if item.ok:
                  handle(item)
              else:
                  skip(item)
          while pending():
              step()
          try:
              commit()
          except Error:
              rollback()
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.py\n1--12 | def process(items):\n9--12 |     try:\n2--12 |     for item in items:\n"

  Scenario: Python: module-level structures
    Given a file "src/sample.py" with:
      """
      import os
      from typing import (
          Any,
          Dict,
          List,
      )

      CONFIG = {
          "debug": True,
          "level": 3,
      }

      if __name__ == "__main__":
          main()
          cleanup()
          exit(0)
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.py\n2--6 | from typing import (\n1--16 | import os\n"

  Scenario: Rust: function declarations
    Given a file "src/sample.rs" with:
      """
      pub fn parse_line(line: &str) -> Option<(String, i32)> {
          let mut parts = line.split('=');
          let key = parts.next()?.trim().to_string();
          let value = parts.next()?.trim().parse().ok()?;
          Some((key, value))
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--6 | pub fn parse_line(line: &str) -> Option<(String, i32)> {\n"

  Scenario: Rust: struct declarations
    Given a file "src/sample.rs" with:
      """
      #[derive(Debug, Clone)]
      pub struct Config {
          pub name: String,
          pub retries: u32,
          pub verbose: bool,
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n2--6 | pub struct Config {\n1--6 | #[derive(Debug, Clone)]\n"

  Scenario: Rust: enum declarations
    Given a file "src/sample.rs" with:
      """
      pub enum Command {
          Move { x: i32, y: i32 },
          Say(String),
          Quit,
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--5 | pub enum Command {\n"

  Scenario: Rust: trait declarations
    Given a file "src/sample.rs" with:
      """
      pub trait Storage {
          fn get(&self, key: &str) -> Option<Vec<u8>>;
          fn put(&mut self, key: &str, value: Vec<u8>);
          fn delete(&mut self, key: &str) -> bool;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--5 | pub trait Storage {\n"

  Scenario: Rust: impl blocks
    Given a file "src/sample.rs" with:
      """
      impl Storage for MemoryStorage {
          fn get(&self, key: &str) -> Option<Vec<u8>> {
              let found = self.map.get(key);
              found.cloned()
          }

          fn put(&mut self, key: &str, value: Vec<u8>) {
              self.map.insert(key.to_string(), value);
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--10 | impl Storage for MemoryStorage {\n2--5 |     fn get(&self, key: &str) -> Option<Vec<u8>> {\n"

  Scenario: Rust: module declarations
    Given a file "src/sample.rs" with:
      """
      mod network {
          pub mod client {
              pub fn connect() {}
              pub fn close() {}
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--6 | mod network {\n2--5 |     pub mod client {\n"

  Scenario: Rust: macro declarations
    Given a file "src/sample.rs" with:
      """
      macro_rules! square {
          ($x:expr) => {
              $x * $x
          };
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--5 | macro_rules! square {\n"

  Scenario: Rust: type aliases
    Given a file "src/sample.rs" with:
      """
      type Callback = Box<
          dyn Fn(
              i32,
              String,
          ) -> bool,
      >;
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--6 | type Callback = Box<\n"

  Scenario: Rust: const and static declarations
    Given a file "src/sample.rs" with:
      """
      const LIMITS: [u32; 4] = [
          10,
          20,
          30,
          40,
      ];

      static GREETINGS: &[&str] = &[
          "hello",
          "bonjour",
          "hola",
      ];
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--6 | const LIMITS: [u32; 4] = [\n1--12 | const LIMITS: [u32; 4] = [\n8--12 | static GREETINGS: &[&str] = &[\n"

  Scenario: Rust: use declarations
    Given a file "src/sample.rs" with:
      """
      use std::{
          collections::HashMap,
          fs::File,
          io::Read,
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rs\n1--5 | use std::{\n"

  Scenario: Go: a whole file
    Given a file "src/sample.go" with:
      """
      package inventory

      import (
      	"errors"
      	"fmt"
      )

      type Item struct {
      	Name  string
      	Count int
      }

      func (i *Item) Take(n int) error {
      	if n > i.Count {
      		return errors.New("not enough")
      	}
      	i.Count -= n
      	return nil
      }

      func Describe(i Item) string {
      	return fmt.Sprintf("%s: %d",
      		i.Name,
      		i.Count)
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.go</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.go\n1--25 | package inventory\n"

  Scenario: Go: interfaces, constants and variables
    Given a file "src/sample.go" with:
      """
      package shapes

      type Shape interface {
      	Area() float64
      	Perimeter() float64
      }

      const (
      	Pi    = 3.14159
      	Tau   = 6.28318
      	Scale = 2
      )

      var defaults = map[string]int{
      	"width":  10,
      	"height": 20,
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.go</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.go\n1--17 | package shapes\n"

  Scenario: Go: generic functions and type declarations
    Given a file "src/sample.go" with:
      """
      package util

      func Map[T, U any](xs []T, f func(T) U) []U {
      	out := make([]U, 0, len(xs))
      	for _, x := range xs {
      		out = append(out, f(x))
      	}
      	return out
      }

      type Set[T comparable] struct {
      	items map[T]struct{}
      	size  int
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.go</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.go\n1--14 | package util\n"

  Scenario: C: function declarations and definitions
    Given a file "src/sample.c" with:
      """
      int add(int a, int b);

      int add(int a, int b)
      {
          int sum = a + b;
          return sum;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: C: struct definitions
    Given a file "src/sample.c" with:
      """
      struct point {
          int x;
          int y;
          int z;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--5 | struct point {\n"

  Scenario: C: union definitions
    Given a file "src/sample.c" with:
      """
      union value {
          int i;
          float f;
          char c;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--5 | union value {\n"

  Scenario: C: enum definitions
    Given a file "src/sample.c" with:
      """
      enum color {
          RED,
          GREEN,
          BLUE
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--5 | enum color {\n"

  Scenario: C: typedef declarations
    Given a file "src/sample.c" with:
      """
      typedef struct {
          char name[32];
          int age;
          double score;
      } student_t;
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--5 | typedef struct {\n"

  Scenario: C: preprocessor definitions
    Given a file "src/sample.c" with:
      """
      #define MAX(a, b) \
          ((a) > (b) \
           ? (a) \
           : (b))

      #ifdef DEBUG
      #define LOG(x) printf("%s\n", x)
      #define TRACE 1
      #endif
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--5 | #define MAX(a, b) \\\n1--9 | #define MAX(a, b) \\\n"

  Scenario: C: global variable declarations
    Given a file "src/sample.c" with:
      """
      static const int primes[] = {
          2,
          3,
          5,
          7,
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.c</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.c\n1--6 | static const int primes[] = {\n"

  Scenario: Cpp: function declarations
    Given a file "src/sample.cpp" with:
      """
      int compute(int a,
                  int b,
                  int c,
                  int d);
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--4 | int compute(int a,\n"

  Scenario: Cpp: struct declarations
    Given a file "src/sample.cpp" with:
      """
      struct Node {
          int value;
          Node* next;
          Node* prev;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | struct Node {\n"

  Scenario: Cpp: class declarations
    Given a file "src/sample.cpp" with:
      """
      class Shape {
      public:
          virtual double area() const = 0;
          virtual ~Shape() = default;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | class Shape {\n"

  Scenario: Cpp: union declarations
    Given a file "src/sample.cpp" with:
      """
      union Number {
          int i;
          float f;
          double d;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | union Number {\n"

  Scenario: Cpp: enum declarations
    Given a file "src/sample.cpp" with:
      """
      enum class Level {
          Low,
          Medium,
          High,
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | enum class Level {\n"

  Scenario: Cpp: typedef declarations
    Given a file "src/sample.cpp" with:
      """
      typedef struct {
          int width;
          int height;
          int depth;
      } Box;
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | typedef struct {\n"

  Scenario: Cpp: namespace declarations
    Given a file "src/sample.cpp" with:
      """
      namespace geometry {
      namespace detail {
          int helper();
          int other();
      }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--6 | namespace geometry {\n2--5 | namespace detail {\n"

  Scenario: Cpp: template declarations
    Given a file "src/sample.cpp" with:
      """
      template <typename T>
      class Stack {
          T items[16];
          int top = 0;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | template <typename T>\n2--5 | class Stack {\n"

  Scenario: Cpp: macro definitions
    Given a file "src/sample.cpp" with:
      """
      #define CHECK(x) \
          do { \
              if (!(x)) abort(); \
          } while (0)
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--4 | #define CHECK(x) \\\n"

  Scenario: Cpp: variable declarations
    Given a file "src/sample.cpp" with:
      """
      static const std::vector<int> kPrimes = {
          2,
          3,
          5,
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | static const std::vector<int> kPrimes = {\n"

  Scenario: Cpp: constructor declarations
    Given a file "src/sample.cpp" with:
      """
      class Timer {
      public:
          Timer(int seconds)
              : seconds_(seconds),
                running_(false) {
          }
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--7 | class Timer {\n3--6 |     Timer(int seconds)\n"

  Scenario: Cpp: destructor declarations
    Given a file "src/sample.cpp" with:
      """
      class File {
      public:
          ~File() {
              close();
              flush();
          }
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--7 | class File {\n3--6 |     ~File() {\n"

  Scenario: Cpp: operator overloads
    Given a file "src/sample.cpp" with:
      """
      struct Vec {
          Vec operator+(const Vec& other) const {
              Vec r;
              r.x = x + other.x;
              return r;
          }
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--7 | struct Vec {\n2--6 |     Vec operator+(const Vec& other) const {\n"

  Scenario: Cpp: friend declarations
    Given a file "src/sample.cpp" with:
      """
      class Matrix {
          friend std::ostream& operator<<(
              std::ostream& os,
              const Matrix& m
          );
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--6 | class Matrix {\n2--5 |     friend std::ostream& operator<<(\n"

  Scenario: Cpp: using declarations
    Given a file "src/sample.cpp" with:
      """
      namespace app {
          using std::string;
          using std::vector;
          using Map = std::map<string, int>;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.cpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.cpp\n1--5 | namespace app {\n"

  Scenario: Java: package declarations
    Given a file "src/sample.java" with:
      """
      package com.example.shop;

      public class Cart {
          private int items;
          public int size() { return items; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--6 | package com.example.shop;\n3--6 | public class Cart {\n"

  Scenario: Java: module declarations
    Given a file "src/sample.java" with:
      """
      module com.example.app {
          requires java.base;
          requires java.sql;
          exports com.example.app.api;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--5 | module com.example.app {\n"

  Scenario: Java: annotation declarations
    Given a file "src/sample.java" with:
      """
      public @interface Audited {
          String value();
          int level() default 1;
          boolean enabled() default true;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--5 | public @interface Audited {\n"

  Scenario: Java: interface declarations
    Given a file "src/sample.java" with:
      """
      public interface Repository<T> {
          T find(long id);
          void save(T item);
          void delete(long id);
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--5 | public interface Repository<T> {\n"

  Scenario: Java: enum declarations
    Given a file "src/sample.java" with:
      """
      public enum Planet {
          MERCURY(3.303e+23),
          VENUS(4.869e+24),
          EARTH(5.976e+24);
          private final double mass;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--6 | public enum Planet {\n"

  Scenario: Java: class declarations
    Given a file "src/sample.java" with:
      """
      public class Greeter {
          private final String name;

          public Greeter(String name) {
              this.name = name;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--7 | public class Greeter {\n"

  Scenario: Java: abstract class declarations
    Given a file "src/sample.java" with:
      """
      public abstract class Vehicle {
          protected int wheels;
          public abstract void drive();
          public int getWheels() { return wheels; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--5 | public abstract class Vehicle {\n"

  Scenario: Java: inner class declarations
    Given a file "src/sample.java" with:
      """
      public class Outer {
          class Inner {
              int value;
              int twice() { return value * 2; }
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--6 | public class Outer {\n2--5 |     class Inner {\n"

  Scenario: Java: static nested class declarations
    Given a file "src/sample.java" with:
      """
      public class Tree {
          static class Node {
              Node left;
              Node right;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--6 | public class Tree {\n2--5 |     static class Node {\n"

  Scenario: Java: record declarations
    Given a file "src/sample.java" with:
      """
      public record Point(int x, int y) {
          public Point {
              if (x < 0) throw new IllegalArgumentException();
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--5 | public record Point(int x, int y) {\n"

  Scenario: Java: constructor declarations
    Given a file "src/sample.java" with:
      """
      class Connection {
          Connection(String host,
                     int port,
                     boolean secure) {
              open(host, port);
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--7 | class Connection {\n2--6 |     Connection(String host,\n"

  Scenario: Java: method declarations
    Given a file "src/sample.java" with:
      """
      class MathUtil {
          static int gcd(int a, int b) {
              while (b != 0) {
                  int t = b; b = a % b; a = t;
              }
              return a;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.java\n1--8 | class MathUtil {\n2--7 |     static int gcd(int a, int b) {\n"

  Scenario: JavaScript: import/export statements
    Given a file "src/sample.js" with:
      """
      import {
        readFile,
        writeFile,
        stat,
      } from "fs/promises"

      export {
        readFile,
        writeFile,
        stat,
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.js</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: JavaScript: function declarations
    Given a file "src/sample.js" with:
      """
      function debounce(fn, wait) {
        let timer
        return (...args) => {
          clearTimeout(timer)
          timer = setTimeout(() => fn(...args), wait)
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.js</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.js\n1--7 | function debounce(fn, wait) {\n"

  Scenario: JavaScript: class declarations
    Given a file "src/sample.js" with:
      """
      class EventBus {
        constructor() {
          this.handlers = {}
        }
        on(name, fn) {
          (this.handlers[name] ||= []).push(fn)
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.js</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.js\n1--8 | class EventBus {\n"

  Scenario: JavaScript: object literal declarations
    Given a file "src/sample.js" with:
      """
      const settings = {
        theme: "dark",
        fontSize: 14,
        save() {
          localStorage.setItem("s", JSON.stringify(this))
        },
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.js</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.js\n1--7 | const settings = {\n"

  Scenario: JSX: JSX element declarations
    Given a file "src/sample.jsx" with:
      """
      function Card({ title, children }) {
        return (
          <div className="card">
            <h2>{title}</h2>
            {children}
          </div>
        )
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.jsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.jsx\n1--8 | function Card({ title, children }) {\n"

  Scenario: JavaScript: decorator declarations
    Given a file "src/sample.js" with:
      """
      @logged
      class Service {
        @memoize
        compute(x) {
          const y = x * 2
          return y + 1
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.js</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.js\n1--8 | @logged\n3--7 |   @memoize\n2--8 | class Service {\n"

  Scenario: TSX: interface declarations
    Given a file "src/sample.tsx" with:
      """
      interface ButtonProps {
        label: string
        onClick: () => void
        disabled?: boolean
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--5 | interface ButtonProps {\n"

  Scenario: TSX: type alias declarations
    Given a file "src/sample.tsx" with:
      """
      type Theme = {
        primary: string
        secondary: string
        dark: boolean
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--5 | type Theme = {\n"

  Scenario: TSX: function component declarations
    Given a file "src/sample.tsx" with:
      """
      export function Greeting({ name }: { name: string }) {
        const upper = name.toUpperCase()
        return <p>Hello {upper}</p>
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--4 | export function Greeting({ name }: { name: string }) {\n"

  Scenario: TSX: arrow function components
    Given a file "src/sample.tsx" with:
      """
      export const Badge = ({ count }: { count: number }) => {
        if (count === 0) return null
        return <span className="badge">{count}</span>
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--4 | export const Badge = ({ count }: { count: number }) => {\n"

  Scenario: TSX: class components
    Given a file "src/sample.tsx" with:
      """
      class Clock extends React.Component<{}, { now: Date }> {
        state = { now: new Date() }
        render() {
          return <time>{this.state.now.toISOString()}</time>
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--6 | class Clock extends React.Component<{}, { now: Date }> {\n"

  Scenario: TSX: higher order components
    Given a file "src/sample.tsx" with:
      """
      function withLoading<P>(Wrapped: React.ComponentType<P>) {
        return function WithLoading(props: P & { loading: boolean }) {
          if (props.loading) return <Spinner />
          return <Wrapped {...props} />
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--6 | function withLoading<P>(Wrapped: React.ComponentType<P>) {\n"

  Scenario: TSX: JSX elements
    Given a file "src/sample.tsx" with:
      """
      const Layout = () => (
        <Page>
          <Header title="Home" />
          <Footer />
        </Page>
      )
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--6 | const Layout = () => (\n2--5 |   <Page>\n"

  Scenario: TSX: React hooks usage
    Given a file "src/sample.tsx" with:
      """
      function useCounter(initial: number) {
        const [count, setCount] = useState(initial)
        useEffect(() => {
          document.title = `${count}`
        }, [count])
        return { count, setCount }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--7 | function useCounter(initial: number) {\n"

  Scenario: TSX: event handlers
    Given a file "src/sample.tsx" with:
      """
      function Form() {
        const handleSubmit = (e: React.FormEvent) => {
          e.preventDefault()
          save()
        }
        return <form onSubmit={handleSubmit} />
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--7 | function Form() {\n2--5 |   const handleSubmit = (e: React.FormEvent) => {\n"

  Scenario: TSX: generic component declarations
    Given a file "src/sample.tsx" with:
      """
      function List<T>({ items, render }: ListProps<T>) {
        return (
          <ul>
            {items.map(render)}
          </ul>
        )
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.tsx</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.tsx\n1--7 | function List<T>({ items, render }: ListProps<T>) {\n"

  Scenario: Ruby: classes, modules and methods
    Given a file "src/sample.rb" with:
      """
      module Billing
        class Invoice
          def initialize(lines)
            @lines = lines
          end

          def total
            @lines.sum(&:amount)
          end
        end
      end
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rb</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rb\n1--11 | module Billing\n2--10 |   class Invoice\n"

  Scenario: PHP: classes, functions and interfaces
    Given a file "src/sample.php" with:
      """
      <?php
      interface Shape {
          public function area(): float;
          public function name(): string;
      }

      class Square implements Shape {
          public function area(): float {
              return $this->side ** 2;
          }
          public function name(): string { return "square"; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.php</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.php\n2--5 | interface Shape {\n1--12 | <?php\n7--12 | class Square implements Shape {\n"

  Scenario: Kotlin: classes and functions
    Given a file "src/sample.kt" with:
      """
      data class User(
          val id: Long,
          val name: String,
      )

      fun greet(user: User): String {
          val text = "Hello, ${user.name}"
          return text
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.kt</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.kt\n1--4 | data class User(\n1--9 | data class User(\n6--9 | fun greet(user: User): String {\n"

  Scenario: CSS: rules, media queries and keyframes
    Given a file "src/sample.css" with:
      """
      .card {
        padding: 1rem;
        border: 1px solid #ccc;
      }

      @media (max-width: 600px) {
        .card {
          padding: 0;
        }
      }

      @keyframes fade {
        from { opacity: 0; }
        to { opacity: 1; }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.css</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.css\n12--15 | @keyframes fade {\n"

  Scenario: HTML: documents and elements
    Given a file "src/sample.html" with:
      """
      <!DOCTYPE html>
      <html>
        <head>
          <title>Demo</title>
        </head>
        <body>
          <div id="app">
            <p>Hello</p>
          </div>
        </body>
      </html>
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.html</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.html\n1--11 | <!DOCTYPE html>\n2--11 | <html>\n6--10 |   <body>\n"

  Scenario: OCaml: modules, types and functions
    Given a file "src/sample.ml" with:
      """
      module Stack = struct
        type 'a t = 'a list
        let empty = []
        let push x s = x :: s
      end

      let rec fact n =
        if n <= 1 then 1
        else n * fact (n - 1)
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ml</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ml\n1--5 | module Stack = struct\n1--9 | module Stack = struct\n"

  Scenario: Scala: objects: the Lua query Codex uses for Scala does not compile, read as a missing path
    Given a file "src/sample.scala" with:
      """
      object Main {
        def main(args: Array[String]): Unit = {
          println("hi")
          println("bye")
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.scala</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "{workspace}/src/sample.scala: does not exist or cannot be accessed."

  Scenario: TOML: tables and arrays of tables
    Given a file "src/sample.toml" with:
      """
      [package]
      name = "demo"
      version = "0.1.0"
      edition = "2021"

      [[bin]]
      name = "tool"
      path = "src/main.rs"
      test = false
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.toml</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.toml\n1--6 | [package]\n1--9 | [package]\n6--9 | [[bin]]\n"

  Scenario: Zig: functions and structs
    Given a file "src/sample.zig" with:
      """
      const Point = struct {
          x: i32,
          y: i32,
      };

      pub fn add(a: i32, b: i32) i32 {
          const sum = a + b;
          return sum;
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.zig</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.zig\n1--4 | const Point = struct {\n1--9 | const Point = struct {\n6--9 | pub fn add(a: i32, b: i32) i32 {\n"

  Scenario: SystemRDL: address maps and registers
    Given a file "src/sample.rdl" with:
      """
      addrmap chip {
          reg {
              field { sw = rw; } enable[0:0];
              field { sw = r; } status[1:1];
          } ctrl @ 0x0;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.rdl</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.rdl\n1--6 | addrmap chip {\n"

  Scenario: Emacs Lisp: functions and macros
    Given a file "src/sample.el" with:
      """
      (defun my-greet (name)
        "Greet NAME."
        (interactive "sName: ")
        (message "Hello %s" name))

      (defmacro with-timer (&rest body)
        `(let ((start (float-time)))
           ,@body
           (- (float-time) start)))
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.el</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.el\n1--4 | (defun my-greet (name)\n6--9 | (defmacro with-timer (&rest body)\n"

  Scenario: Elixir: modules and functions
    Given a file "src/sample.ex" with:
      """
      defmodule Math do
        def sum(a, b) do
          result = a + b
          result
        end

        defp helper(x) do
          x * 2
        end
      end
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.ex</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.ex\n1--10 | defmodule Math do\n2--5 |   def sum(a, b) do\n"

  Scenario: JSON: JSON objects (parsed with the JavaScript grammar)
    Given a file "src/sample.json" with:
      """
      {
        "name": "demo",
        "scripts": {
          "build": "tsc",
          "test": "vitest"
        }
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.json</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.json\n1--7 | {\n3--6 |   \"scripts\": {\n"

  Scenario: C header: C headers
    Given a file "src/sample.h" with:
      """
      struct buffer {
          char *data;
          size_t len;
          size_t cap;
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.h</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.h\n1--5 | struct buffer {\n"

  Scenario: Cpp header: C++ headers
    Given a file "src/sample.hpp" with:
      """
      class Registry {
      public:
          void add(int id);
          void remove(int id);
      };
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.hpp</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.hpp\n1--5 | class Registry {\n"

  Scenario: Kotlin script: Kotlin scripts
    Given a file "src/sample.kts" with:
      """
      fun configure(name: String) {
          println(name)
          println(name.length)
          println(name.uppercase())
      }
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.kts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.kts\n1--5 | fun configure(name: String) {\n"

  Scenario: Elixir script: Elixir scripts
    Given a file "src/sample.exs" with:
      """
      defmodule Script do
        def run do
          IO.puts("running")
          :ok
        end
      end
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.exs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# sample.exs\n1--6 | defmodule Script do\n2--5 |   def run do\n"

  Scenario: OCaml interface: OCaml interfaces
    Given a file "src/sample.mli" with:
      """
      module type QUEUE = sig
        type 'a t
        val empty : 'a t
        val push : 'a -> 'a t -> 'a t
      end
      """
    And the assistant message is "<list_code_definition_names><path>src/sample.mli</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  # ---- text: non-ASCII, CRLF, BOM, empty files --------------------------------------------------------------------
  Scenario: Non-ASCII identifiers and comments keep rows and text (UTF-16 in web-tree-sitter, the same in the port)
    Given a file "Größe.cs" with:
      """
      // Maße und Gewichte — 測定 🚀🚀
      public class Größenrechner
      {
          /* ünïcödé 😀 */ public int Länge() { return 1; }
          public int Höhe()
          {
              return 2; // ✓
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>Größe.cs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# Größe.cs\n2--9 | public class Größenrechner\n5--8 |     public int Höhe()\n"

  Scenario: Emoji before a predicate-checked name (#eq? compares the node's text)
    Given a file "exports.ts" with:
      """
      const tag = "🎉🎉🎉"
      module.exports = {
        alpha: 1,
        beta: 2,
        gamma: 3,
      }
      """
    And the assistant message is "<list_code_definition_names><path>exports.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: Python with non-ASCII names
    Given a file "café.py" with:
      """
      class Café:
          def __init__(self, naïve=True):
              self.naïve = naïve
              self.ñ = "España"

      def créer_café(π=3.14):
          résultat = Café()
          return résultat
      """
    And the assistant message is "<list_code_definition_names><path>café.py</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# café.py\n1--4 | class Café:\n1--8 | class Café:\n"

  Scenario: CRLF line endings keep the carriage return at the end of each printed line
    Given a file "win.ts" with escapes:
      """
      export class Windows {\r\n  open() {\r\n    return 1\r\n  }\r\n}\r\n
      """
    And the assistant message is "<list_code_definition_names><path>win.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# win.ts\n1--5 | export class Windows {\r\n"

  Scenario: A byte order mark stays on the first printed line
    Given a file "bom.java" with escapes:
      """
      \ufeffpublic class Bom {\n    int a;\n    int b;\n}\n
      """
    And the assistant message is "<list_code_definition_names><path>bom.java</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# bom.java\n1--4 | ﻿public class Bom {\n"

  Scenario: An empty source file has no definitions
    Given an empty file "empty.rs"
    And the assistant message is "<list_code_definition_names><path>empty.rs</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: A file of blank lines has no definitions
    Given a file "blank.go" containing "\n\n\n\n\n"
    And the assistant message is "<list_code_definition_names><path>blank.go</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: A file with syntax errors still yields what parses
    Given a file "broken.ts" with:
      """
      export class Broken {
        method( {
          return
        }
      }

      function fine() {
        const a = 1
        return a
      }
      """
    And the assistant message is "<list_code_definition_names><path>broken.ts</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# broken.ts\n1--5 | export class Broken {\n7--10 | function fine() {\n1--10 | export class Broken {\n"

  # ---- markdown ---------------------------------------------------------------------------------------------------
  Scenario: Markdown headers and their sections
    Given a file "docs/guide.md" with:
      """
      # Guide

      Intro text.
      More text.

      ## Install

      Run the installer.
      Then restart.
      Done.

      ## Short
      one line
      """
    And the assistant message is "<list_code_definition_names><path>docs/guide.md</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# guide.md\n1--5 | # Guide\n6--11 | ## Install\n"

  Scenario: Markdown setext headers
    Given a file "README.markdown" with:
      """
      Title
      =====

      Body one.
      Body two.

      Section
      -------

      a
      b
      c
      """
    And the assistant message is "<list_code_definition_names><path>README.markdown</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# README.markdown\n1--6 | Title\n7--12 | Section\n"

  Scenario: Markdown with CRLF line endings: ATX headers do not match (the regex's "." stops at "\r")
    Given a file "crlf.md" with escapes:
      """
      # One\r\n\r\ntext\r\nmore\r\n\r\n# Two\r\n\r\na\r\nb\r\nc\r\n
      """
    And the assistant message is "<list_code_definition_names><path>crlf.md</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: Markdown without headers has no definitions
    Given a file "plain.md" with:
      """
      just some text
      over a few
      lines
      here
      """
    And the assistant message is "<list_code_definition_names><path>plain.md</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  Scenario: An empty markdown file has no definitions
    Given an empty file "empty.md"
    And the assistant message is "<list_code_definition_names><path>empty.md</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "No source code definitions found in cline file."

  # ---- grammars the native build does not have --------------------------------------------------------------------
  @divergence(tree-sitter-swift_0.4.3_on_npm_ships_no_parser.c:_it_is_generated_at_install_by_a_downloaded_tree-sitter_CLI)
  Scenario: Swift
    Given a file "App.swift" with:
      """
      struct App {
          var name: String
          func run() {
              print(name)
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>App.swift</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# App.swift\n1--6 | struct App {\n"

  @divergence(tree-sitter-wasms_built_solidity_from_a_GitHub_commit,_not_an_npm_package)
  Scenario: Solidity
    Given a file "Token.sol" with:
      """
      contract Token {
          uint256 public total;
          function mint(uint256 n) public {
              total += n;
          }
      }
      """
    And the assistant message is "<list_code_definition_names><path>Token.sol</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# Token.sol\n1--6 | contract Token {\n"

  @divergence(tree-sitter-wasms_built_vue_from_a_GitHub_commit,_not_an_npm_package)
  Scenario: Vue
    Given a file "App.vue" with:
      """
      <template>
        <div>
          <p>{{ msg }}</p>
        </div>
      </template>
      """
    And the assistant message is "<list_code_definition_names><path>App.vue</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# App.vue\n1--5 | <template>\n"

  @divergence(@tlaplus/tree-sitter-tlaplus_1.2.4_is_not_in_the_npm_registry)
  Scenario: TLA+
    Given a file "Spec.tla" with:
      """
      ---- MODULE Spec ----
      VARIABLE x
      Init == x = 0
      Next == x' = x + 1
      ====
      """
    And the assistant message is "<list_code_definition_names><path>Spec.tla</path></list_code_definition_names>"
    When the assistant message is presented
    Then the tool result is "# Spec.tla\n1--5 | ---- MODULE Spec ----\n"
