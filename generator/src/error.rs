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
    #[error("{location}: unresolved $ref `{reference}`")]
    UnresolvedRef {
        /// Where the `$ref` is.
        location: Location,
        /// The reference as written.
        reference: String,
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
        "{what} is defined differently in {first} and {second}; first difference at {pointer}"
    )]
    Conflict {
        /// What is defined twice (`component schema \`Dispute\``).
        what: String,
        /// The first file.
        first: String,
        /// The second file.
        second: String,
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
            | Error::Naming { $location, .. }
            | Error::Settings { $location, .. } => $found,
            _ => None,
        }
    };
}

impl Error {
    /// The location this error is about, if it has one.
    pub fn location(&self) -> Option<&Location> {
        with_location!(self, location => Some(location))
    }

    /// Mutable access to the location, so later stages can fill in file and line.
    pub fn location_mut(&mut self) -> Option<&mut Location> {
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
