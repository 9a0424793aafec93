//! Errors of every stage, each naming the place in the input it is about.

use std::fmt;
use std::path::PathBuf;

/// A place in the input: file, line and column when known, and the JSON pointer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Location {
    /// The file the place is in, as given on the command line or found under the spec folder.
    pub file: Option<String>,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// 1-based column, when known.
    pub column: Option<usize>,
    /// JSON pointer into the document (`#/paths/~1v1~1disputes/get`), when known.
    pub pointer: Option<String>,
}

impl Location {
    /// A location that only knows its file.
    pub fn file(file: impl Into<String>) -> Self {
        Location {
            file: Some(file.into()),
            ..Default::default()
        }
    }

    /// A location that only knows its JSON pointer (the file is filled in later).
    pub fn pointer(pointer: impl Into<String>) -> Self {
        Location {
            pointer: Some(pointer.into()),
            ..Default::default()
        }
    }

    /// This location with its JSON pointer set.
    pub fn with_pointer(mut self, pointer: impl Into<String>) -> Self {
        self.pointer = Some(pointer.into());
        self
    }
}

impl Location {
    /// `file:line:column` (as much of it as is known), without the pointer.
    pub fn place(&self) -> String {
        match (&self.file, self.line, self.column) {
            (Some(file), Some(line), Some(column)) => format!("{file}:{line}:{column}"),
            (Some(file), Some(line), None) => format!("{file}:{line}"),
            (Some(file), None, _) => file.clone(),
            (None, ..) => "<input>".into(),
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut wrote = false;
        if let Some(file) = &self.file {
            write!(f, "{file}")?;
            if let Some(line) = self.line {
                write!(f, ":{line}")?;
                if let Some(column) = self.column {
                    write!(f, ":{column}")?;
                }
            }
            wrote = true;
        }
        if let Some(pointer) = &self.pointer {
            if wrote {
                write!(f, " ")?;
            }
            write!(f, "at {pointer}")?;
            wrote = true;
        }
        if !wrote {
            write!(f, "<input>")?;
        }
        Ok(())
    }
}

/// How much a diagnostic matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// Information about a decision the generator took (a reused type, a derived name).
    Note,
    /// Something the reader should check: a renamed collision, an unsupported construct
    /// that was replaced by a looser type.
    Warning,
}

/// What a diagnostic is about, without its details: what tests and tools match on (the
/// message is for people and may change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DiagnosticKind {
    /// Not classified (made with [`Diagnostic::note`] or [`Diagnostic::warning`] alone).
    Other,
    /// A `$ref` into a part of the document (not a whole component): the part is read as a
    /// component of its own.
    DeepReference,
    /// A `$ref` to a component of another section, read as what the target's shape makes
    /// plain (a response's JSON schema, a parameter filed under schemas).
    WrongSectionReference,
    /// A construct the generator does not support; what it does instead is in the message.
    Unsupported(Construct),
    /// A name was already taken (by another type, operation, resource or the runtime), so
    /// another one is used.
    NameCollision,
    /// A type named from somewhere other than its place (its title), or shortened.
    TypeName,
    /// Types of the same shape merged into one.
    SameShape,
    /// The document is read as another version (OpenAPI 3.1 as 3.0).
    VersionRead,
    /// A spelling read as what it means (`type: int`, `apikey`, an operationId that is a
    /// sentence, a blank property name).
    Spelling,
    /// An exporter's inheritance extension expanded (a component reused as it is, or a
    /// derived type).
    Inheritance,
    /// Two spec files define something differently; the first is used.
    Conflict,
    /// Two spec files define something the same up to documentation; merged.
    Duplicate,
    /// A request body that declares nothing: the operation sends no body.
    EmptyBody,
    /// A path parameter not declared, or declared but not in the template.
    PathParameter,
    /// A header the client sets itself (`Authorization`) declared as a parameter.
    ClientHeader,
    /// Response media types returned as raw bytes.
    RawResponse,
    /// A server URL that is not absolute.
    RelativeServer,
    /// An extension (`x-…`) of the wrong shape, ignored.
    Extension,
    /// `required` names a property that does not exist.
    UnknownRequired,
    /// The spec describes webhooks the settings do not say how to verify.
    Webhooks,
    /// A setting that names something the spec lacks.
    Settings,
    /// An overlay document among the specs that the settings do not list: not applied.
    Overlay,
    /// A query string written into a path template (`/current?lat={lat}`).
    QueryInPath,
    /// Spec text with invisible or bidirectional control characters, removed from the docs.
    HiddenCharacters,
    /// A boolean schema (`true`, `false`) read as the schema it means.
    BooleanSchema,
    /// An annotation or validation keyword of the wrong JSON type, ignored (or read as the
    /// number a string spells).
    KeywordType,
}

impl DiagnosticKind {
    /// A few words naming the kind, for the report's heading of a group of diagnostics.
    pub fn label(self) -> &'static str {
        match self {
            DiagnosticKind::Other => "other",
            DiagnosticKind::DeepReference => "reference into a part",
            DiagnosticKind::WrongSectionReference => "reference to another section",
            DiagnosticKind::Unsupported(_) => "unsupported construct",
            DiagnosticKind::NameCollision => "name collision",
            DiagnosticKind::TypeName => "type name",
            DiagnosticKind::SameShape => "same shape",
            DiagnosticKind::VersionRead => "version",
            DiagnosticKind::Spelling => "spelling",
            DiagnosticKind::Inheritance => "inheritance",
            DiagnosticKind::Conflict => "conflict",
            DiagnosticKind::Duplicate => "duplicate",
            DiagnosticKind::EmptyBody => "empty body",
            DiagnosticKind::PathParameter => "path parameter",
            DiagnosticKind::ClientHeader => "client header",
            DiagnosticKind::RawResponse => "raw response",
            DiagnosticKind::RelativeServer => "relative server",
            DiagnosticKind::Extension => "extension",
            DiagnosticKind::UnknownRequired => "unknown required",
            DiagnosticKind::Webhooks => "webhooks",
            DiagnosticKind::Settings => "settings",
            DiagnosticKind::Overlay => "overlay",
            DiagnosticKind::QueryInPath => "query in path",
            DiagnosticKind::HiddenCharacters => "hidden characters",
            DiagnosticKind::BooleanSchema => "boolean schema",
            DiagnosticKind::KeywordType => "keyword of the wrong type",
        }
    }
}

/// A kind of construct the generator does not support (see [`DiagnosticKind::Unsupported`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Construct {
    /// A path item that is a `$ref`.
    PathItemRef,
    /// A cookie parameter.
    CookieParameter,
    /// A `not` schema.
    NotSchema,
    /// An `allOf` whose members cannot be merged into one type.
    AllOf,
    /// A security scheme type.
    SecurityScheme,
    /// Mutual TLS authentication (set on the HTTP client, not in requests).
    MutualTls,
    /// A multipart body that is not an object.
    MultipartBody,
    /// Callbacks (requests the API makes back to the client).
    Callbacks,
}

/// One remark about the input, with the place it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Note or warning.
    pub severity: Severity,
    /// What it is about.
    pub kind: DiagnosticKind,
    /// Where in the input.
    pub location: Location,
    /// What happened.
    pub message: String,
}

impl Diagnostic {
    /// A note.
    pub fn note(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Note,
            kind: DiagnosticKind::Other,
            location,
            message: message.into(),
        }
    }

    /// A warning.
    pub fn warning(location: Location, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            kind: DiagnosticKind::Other,
            location,
            message: message.into(),
        }
    }

    /// This diagnostic with its kind set.
    pub fn with_kind(mut self, kind: DiagnosticKind) -> Self {
        self.kind = kind;
        self
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let severity = match self.severity {
            Severity::Note => "note",
            Severity::Warning => "warning",
        };
        write!(f, "{severity}: {}: {}", self.location, self.message)
    }
}

/// Everything that can go wrong while generating a client.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{path}: {action}: {source}")]
    Io {
        /// The path involved.
        path: PathBuf,
        /// What was being done.
        action: &'static str,
        /// The underlying error.
        source: std::io::Error,
    },
    /// No spec file was found where one was expected.
    #[error("{0}: no OpenAPI document found (looked for .yaml, .yml, .json and .md files)")]
    NoSpecs(PathBuf),
    /// The text is not valid YAML/JSON, or a Markdown page has no ```yaml block.
    #[error("{location}: syntax error: {message}")]
    Syntax {
        /// Where.
        location: Location,
        /// What the parser said.
        message: String,
    },
    /// A value has the wrong shape or type for OpenAPI 3.0.
    #[error("{location}: invalid document: {message}")]
    Invalid {
        /// Where.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// A `$ref` points nowhere.
    #[error("{location}: unresolved $ref `{reference}`{detail}")]
    UnresolvedRef {
        /// Where the `$ref` is.
        location: Location,
        /// The reference as written.
        reference: String,
        /// Where the pointer stops (`: \`#/components/schemas/A\` has no \`allOf\``), or empty.
        detail: String,
    },
    /// A chain of `$ref`s leads back to itself without ever reaching a schema.
    #[error("{location}: cyclic $ref: {chain}")]
    CyclicRef {
        /// Where the chain starts.
        location: Location,
        /// The chain, `A -> B -> A`.
        chain: String,
    },
    /// A construct the generator does not support and cannot skip safely.
    #[error("{location}: unsupported: {message}")]
    Unsupported {
        /// Where.
        location: Location,
        /// What is not supported.
        message: String,
    },
    /// The same component or operation is defined differently in two files.
    #[error(
        "{what} is defined differently in {} and {}; first difference at {pointer}",
        first.place(),
        second.place()
    )]
    Conflict {
        /// What is defined twice (`component schema \`Dispute\``).
        what: String,
        /// The first difference in the file read first (file, line, column, pointer).
        first: Box<Location>,
        /// The first difference in the file read later (file, line, column, pointer).
        second: Box<Location>,
        /// JSON pointer of the first difference.
        pointer: String,
    },
    /// The input exceeds a safety limit (size, nesting, alias expansion).
    #[error("{location}: limit exceeded: {message}")]
    Limit {
        /// Where.
        location: Location,
        /// Which limit.
        message: String,
    },
    /// An overlay document is malformed, or one of its actions cannot be applied (its target
    /// selects nothing, or a node `update` cannot merge into).
    #[error("{location}: overlay: {message}")]
    Overlay {
        /// Where in the overlay file (the action's `target`).
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// Two generated names collide in a way that cannot be resolved.
    #[error("{location}: name collision: {message}")]
    Naming {
        /// Where.
        location: Location,
        /// What collides.
        message: String,
    },
    /// The generator settings file is invalid (unknown key, wrong type, a name the API lacks).
    #[error("{location}: settings: {message}")]
    Settings {
        /// Where in the settings file.
        location: Location,
        /// What is wrong.
        message: String,
    },
    /// Several independent errors found in one run, in input order; at most
    /// [`MAX_REPORTED_ERRORS`] are kept, `omitted` counts the rest.
    #[error("{}", display_many(errors, *omitted))]
    Many {
        /// The errors (none of them is itself [`Error::Many`]).
        errors: Vec<Error>,
        /// How many more were found but not kept.
        omitted: usize,
    },
    /// The generated code could not be formatted (a generator bug; the message says where).
    #[error("internal error while emitting {file}: {message}")]
    Emit {
        /// The generated file.
        file: String,
        /// What went wrong.
        message: String,
    },
}

/// The variants that carry a [`Location`], as one match pattern.
macro_rules! with_location {
    ($error:expr, $location:ident => $found:expr) => {
        match $error {
            Error::Syntax { $location, .. }
            | Error::Invalid { $location, .. }
            | Error::UnresolvedRef { $location, .. }
            | Error::CyclicRef { $location, .. }
            | Error::Unsupported { $location, .. }
            | Error::Limit { $location, .. }
            | Error::Overlay { $location, .. }
            | Error::Naming { $location, .. }
            | Error::Settings { $location, .. } => $found,
            Error::Conflict {
                second: $location, ..
            } => $found,
            _ => None,
        }
    };
}

/// Most errors one run lists; the rest are counted ("and N more").
pub const MAX_REPORTED_ERRORS: usize = 50;

/// The kind of an [`Error`], without its details: what tests and tools match on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// [`Error::Io`].
    Io,
    /// [`Error::NoSpecs`].
    NoSpecs,
    /// [`Error::Syntax`].
    Syntax,
    /// [`Error::Invalid`].
    Invalid,
    /// [`Error::UnresolvedRef`].
    UnresolvedRef,
    /// [`Error::CyclicRef`].
    CyclicRef,
    /// [`Error::Unsupported`].
    Unsupported,
    /// [`Error::Conflict`].
    Conflict,
    /// [`Error::Limit`].
    Limit,
    /// [`Error::Overlay`].
    Overlay,
    /// [`Error::Naming`].
    Naming,
    /// [`Error::Settings`].
    Settings,
    /// [`Error::Many`].
    Many,
    /// [`Error::Emit`].
    Emit,
}

fn display_many(errors: &[Error], omitted: usize) -> String {
    let total = errors.len() + omitted;
    let mut out = format!("{total} errors:");
    for e in errors {
        out.push_str("\n  ");
        out.push_str(&e.to_string().replace('\n', "\n    "));
    }
    if omitted > 0 {
        out.push_str(&format!("\n  and {omitted} more"));
    }
    out
}

impl Error {
    /// One error for all of `errors`: the error itself when there is one, else
    /// [`Error::Many`] with nested lists flattened, exact repeats dropped and at most
    /// [`MAX_REPORTED_ERRORS`] kept. `None` when `errors` is empty.
    pub fn from_all(errors: Vec<Error>) -> Option<Error> {
        let mut flat: Vec<Error> = Vec::new();
        let mut omitted = 0;
        let mut seen = std::collections::HashSet::new();
        for error in errors {
            let (inner, more) = match error {
                Error::Many { errors, omitted } => (errors, omitted),
                other => (vec![other], 0),
            };
            omitted += more;
            for e in inner {
                if !seen.insert(e.to_string()) {
                    continue;
                }
                if flat.len() < MAX_REPORTED_ERRORS {
                    flat.push(e);
                } else {
                    omitted += 1;
                }
            }
        }
        match flat.len() {
            0 => None,
            1 if omitted == 0 => flat.pop(),
            _ => Some(Error::Many {
                errors: flat,
                omitted,
            }),
        }
    }

    /// The individual errors: the listed ones of an [`Error::Many`], else this one.
    pub fn all(&self) -> Vec<&Error> {
        match self {
            Error::Many { errors, .. } => errors.iter().collect(),
            other => vec![other],
        }
    }

    /// What kind of error this is.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io { .. } => ErrorKind::Io,
            Error::NoSpecs(_) => ErrorKind::NoSpecs,
            Error::Syntax { .. } => ErrorKind::Syntax,
            Error::Invalid { .. } => ErrorKind::Invalid,
            Error::UnresolvedRef { .. } => ErrorKind::UnresolvedRef,
            Error::CyclicRef { .. } => ErrorKind::CyclicRef,
            Error::Unsupported { .. } => ErrorKind::Unsupported,
            Error::Conflict { .. } => ErrorKind::Conflict,
            Error::Limit { .. } => ErrorKind::Limit,
            Error::Overlay { .. } => ErrorKind::Overlay,
            Error::Naming { .. } => ErrorKind::Naming,
            Error::Settings { .. } => ErrorKind::Settings,
            Error::Many { .. } => ErrorKind::Many,
            Error::Emit { .. } => ErrorKind::Emit,
        }
    }

    /// The location this error is about, if it has one (of [`Error::Many`]: the first
    /// error's).
    pub fn location(&self) -> Option<&Location> {
        if let Error::Many { errors, .. } = self {
            return errors.first().and_then(Error::location);
        }
        with_location!(self, location => Some(location))
    }

    /// Mutable access to the location, so later stages can fill in file and line (of
    /// [`Error::Many`]: the first error's).
    pub fn location_mut(&mut self) -> Option<&mut Location> {
        if let Error::Many { errors, .. } = self {
            return errors.first_mut().and_then(Error::location_mut);
        }
        with_location!(self, location => Some(location))
    }
}

/// Result with the generator's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Escapes one JSON pointer segment (`~` → `~0`, `/` → `~1`).
pub fn escape_pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// Unescapes one JSON pointer segment.
pub fn unescape_pointer_segment(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Joins segments into a `#/a/b` pointer.
pub fn pointer_of<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = String::from("#");
    for s in segments {
        out.push('/');
        out.push_str(&escape_pointer_segment(s.as_ref()));
    }
    out
}
