//! An operation's route, parsed once: its [`HttpMethod`] and its [`PathTemplate`]
//! (`/v1/disputes/{dispute}/close`), with any query string the template carries
//! (`/current?lat={lat}&lon={lon}&units=metric`) split off into [`TemplateQuery`] pairs.
//!
//! The emitted code builds URLs from [`PathTemplate::parts`], operation names read
//! [`PathTemplate::segments`], and reports and settings compare the template as written
//! ([`PathTemplate::as_str`]).

use std::fmt;

/// An HTTP method of an OpenAPI path item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HttpMethod {
    /// `GET`.
    Get,
    /// `PUT`.
    Put,
    /// `POST`.
    Post,
    /// `DELETE`.
    Delete,
    /// `OPTIONS`.
    Options,
    /// `HEAD`.
    Head,
    /// `PATCH`.
    Patch,
    /// `TRACE`.
    Trace,
}

impl HttpMethod {
    /// Every method, in the order OpenAPI lists a path item's operations.
    pub const ALL: [HttpMethod; 8] = [
        HttpMethod::Get,
        HttpMethod::Put,
        HttpMethod::Post,
        HttpMethod::Delete,
        HttpMethod::Options,
        HttpMethod::Head,
        HttpMethod::Patch,
        HttpMethod::Trace,
    ];

    /// The method named `name`, in any case (`get`, `GET`); `None` for anything else.
    pub fn parse(name: &str) -> Option<HttpMethod> {
        HttpMethod::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(name))
    }

    /// Upper case, as on the wire and as `reqwest::Method`'s constant (`GET`).
    pub fn as_str(self) -> &'static str {
        match self {
            HttpMethod::Get => "GET",
            HttpMethod::Put => "PUT",
            HttpMethod::Post => "POST",
            HttpMethod::Delete => "DELETE",
            HttpMethod::Options => "OPTIONS",
            HttpMethod::Head => "HEAD",
            HttpMethod::Patch => "PATCH",
            HttpMethod::Trace => "TRACE",
        }
    }

    /// Lower case, as the key of a path item (`get`).
    pub fn as_lower(self) -> &'static str {
        match self {
            HttpMethod::Get => "get",
            HttpMethod::Put => "put",
            HttpMethod::Post => "post",
            HttpMethod::Delete => "delete",
            HttpMethod::Options => "options",
            HttpMethod::Head => "head",
            HttpMethod::Patch => "patch",
            HttpMethod::Trace => "trace",
        }
    }

    /// Whether HTTP gives a request body of this method no meaning (`GET`, `HEAD`, `DELETE`,
    /// `OPTIONS`, `TRACE`).
    pub fn body_has_no_meaning(self) -> bool {
        matches!(
            self,
            HttpMethod::Get
                | HttpMethod::Head
                | HttpMethod::Delete
                | HttpMethod::Options
                | HttpMethod::Trace
        )
    }
}

impl fmt::Display for HttpMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<str> for HttpMethod {
    fn eq(&self, other: &str) -> bool {
        self.as_str().eq_ignore_ascii_case(other)
    }
}

impl PartialEq<&str> for HttpMethod {
    fn eq(&self, other: &&str) -> bool {
        self == *other
    }
}

impl PartialEq<String> for HttpMethod {
    fn eq(&self, other: &String) -> bool {
        self == other.as_str()
    }
}

/// A piece of a template's path: text sent as written, or a `{name}` placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PathPart {
    /// Literal text (`/v1/disputes/`).
    Literal(String),
    /// A placeholder's name (`dispute` in `{dispute}`).
    Param(String),
}

/// One `key=value` pair of a query string written into a path template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateQuery {
    /// `lat={lat}`: the query parameter `key` takes the value of the placeholder `param`.
    Param {
        /// The query key (`lat`).
        key: String,
        /// The placeholder's name (`lat`).
        param: String,
    },
    /// `units=metric`: sent on every call as written (still percent-decoded).
    Constant {
        /// The query key.
        key: String,
        /// The value.
        value: String,
    },
}

/// Why a template's query string cannot be split into query parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateQueryError {
    /// The pair that cannot be read (`{key}=1`, `q=near-{city}`).
    pub pair: String,
    /// What is wrong with it.
    pub reason: &'static str,
}

/// A path template, parsed once (`/v1/customers/{customer}/sources/{id}`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PathTemplate {
    /// The template as the spec writes it, query string included.
    text: String,
    /// Length of the path (the text before any `?`).
    path_len: usize,
    /// The path's literal pieces and placeholders, in order.
    parts: Vec<PathPart>,
    /// The query string's pairs, when the template has one and it can be read.
    query: Vec<TemplateQuery>,
    /// The first pair of the query string that cannot be read, if any.
    query_error: Option<TemplateQueryError>,
}

impl PathTemplate {
    /// Parses `text`. An unclosed `{` is literal text; a query string (after `?`) is split
    /// into pairs, the first unreadable one kept as [`PathTemplate::query_error`].
    pub fn parse(text: &str) -> PathTemplate {
        let (path, query) = match text.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (text, None),
        };
        let mut parts = Vec::new();
        let mut literal = String::new();
        let mut rest = path;
        while let Some(start) = rest.find('{') {
            let Some(len) = rest[start..].find('}') else {
                break;
            };
            literal.push_str(&rest[..start]);
            if !literal.is_empty() {
                parts.push(PathPart::Literal(std::mem::take(&mut literal)));
            }
            parts.push(PathPart::Param(rest[start + 1..start + len].to_owned()));
            rest = &rest[start + len + 1..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            parts.push(PathPart::Literal(literal));
        }
        let mut pairs = Vec::new();
        let mut query_error = None;
        for pair in query
            .unwrap_or_default()
            .split('&')
            .filter(|p| !p.is_empty())
        {
            match read_pair(pair) {
                Ok(p) => pairs.push(p),
                Err(reason) => {
                    query_error = Some(TemplateQueryError {
                        pair: pair.to_owned(),
                        reason,
                    });
                    break;
                }
            }
        }
        PathTemplate {
            text: text.to_owned(),
            path_len: path.len(),
            parts,
            query: pairs,
            query_error,
        }
    }

    /// The template as the spec writes it, query string included.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The path without its query string (`/current` of `/current?lat={lat}`).
    pub fn path(&self) -> &str {
        &self.text[..self.path_len]
    }

    /// The path's literal pieces and placeholders, in order.
    pub fn parts(&self) -> &[PathPart] {
        &self.parts
    }

    /// The placeholders of the path, in order (not those of its query string).
    pub fn param_names(&self) -> impl Iterator<Item = &str> {
        self.parts.iter().filter_map(|p| match p {
            PathPart::Param(name) => Some(name.as_str()),
            PathPart::Literal(_) => None,
        })
    }

    /// The path's non-empty `/`-separated segments as written (`v1`, `disputes`, `{dispute}`).
    pub fn segments(&self) -> impl Iterator<Item = &str> {
        self.path().split('/').filter(|s| !s.is_empty())
    }

    /// The pairs of the template's query string (empty without one).
    pub fn query(&self) -> &[TemplateQuery] {
        &self.query
    }

    /// Whether the template has a query string (`?…`).
    pub fn has_query(&self) -> bool {
        self.path_len < self.text.len()
    }

    /// The first pair of the query string that cannot be split into a parameter.
    pub fn query_error(&self) -> Option<&TemplateQueryError> {
        self.query_error.as_ref()
    }
}

/// `key=value`, `key={param}` or a bare `key` (an empty value).
fn read_pair(pair: &str) -> Result<TemplateQuery, &'static str> {
    let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
    let key = percent_decode(key);
    if key.is_empty() {
        return Err("a query pair needs a name before `=`");
    }
    if key.contains(['{', '}']) {
        return Err("a query parameter's name cannot be a placeholder");
    }
    if let Some(inner) = value.strip_prefix('{').and_then(|v| v.strip_suffix('}')) {
        if inner.is_empty() || inner.contains(['{', '}']) {
            return Err("a placeholder needs one name between `{` and `}`");
        }
        return Ok(TemplateQuery::Param {
            key,
            param: inner.to_owned(),
        });
    }
    if value.contains(['{', '}']) {
        return Err("a placeholder must be the whole value of a query pair");
    }
    Ok(TemplateQuery::Constant {
        key,
        value: percent_decode(value),
    })
}

/// `%XX` escapes and `+` (a space in a query) decoded; invalid escapes kept as written.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_owned())
}

impl fmt::Display for PathTemplate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq<str> for PathTemplate {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for PathTemplate {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn methods_parse_in_any_case() {
        assert_eq!(HttpMethod::parse("get"), Some(HttpMethod::Get));
        assert_eq!(HttpMethod::parse("PATCH"), Some(HttpMethod::Patch));
        assert_eq!(HttpMethod::parse("fetch"), None);
        assert_eq!(HttpMethod::Delete.to_string(), "DELETE");
        assert!(HttpMethod::Post == "POST");
    }

    #[test]
    fn paths_split_into_literals_and_placeholders() {
        let t = PathTemplate::parse("/v1/customers/{customer}/sources/{id}");
        assert_eq!(
            t.parts(),
            &[
                PathPart::Literal("/v1/customers/".into()),
                PathPart::Param("customer".into()),
                PathPart::Literal("/sources/".into()),
                PathPart::Param("id".into()),
            ]
        );
        assert_eq!(t.param_names().collect::<Vec<_>>(), ["customer", "id"]);
        assert_eq!(
            t.segments().collect::<Vec<_>>(),
            ["v1", "customers", "{customer}", "sources", "{id}"]
        );
        assert!(!t.has_query());
        // An unclosed brace is text.
        let t = PathTemplate::parse("/a/{b");
        assert_eq!(t.parts(), &[PathPart::Literal("/a/{b".into())]);
    }

    #[test]
    fn query_strings_become_pairs() {
        let t = PathTemplate::parse("/current?lat={lat}&lon={lon}&units=metric&q=a%20b+c");
        assert_eq!(t.path(), "/current");
        assert_eq!(
            t.as_str(),
            "/current?lat={lat}&lon={lon}&units=metric&q=a%20b+c"
        );
        assert_eq!(t.param_names().count(), 0);
        assert_eq!(
            t.query(),
            &[
                TemplateQuery::Param {
                    key: "lat".into(),
                    param: "lat".into()
                },
                TemplateQuery::Param {
                    key: "lon".into(),
                    param: "lon".into()
                },
                TemplateQuery::Constant {
                    key: "units".into(),
                    value: "metric".into()
                },
                TemplateQuery::Constant {
                    key: "q".into(),
                    value: "a b c".into()
                },
            ]
        );
        assert!(t.query_error().is_none());
        assert_eq!(t.segments().collect::<Vec<_>>(), ["current"]);
    }

    #[test]
    fn unreadable_query_pairs_are_reported() {
        for (text, pair) in [
            ("/a?{k}=1", "{k}=1"),
            ("/a?q=near-{city}", "q=near-{city}"),
            ("/a?x=1&=2", "=2"),
            ("/a?q={}", "q={}"),
        ] {
            let t = PathTemplate::parse(text);
            assert_eq!(
                t.query_error().map(|e| e.pair.as_str()),
                Some(pair),
                "{text}"
            );
        }
        // A bare key is an empty value; a trailing `?` nothing.
        let t = PathTemplate::parse("/a?flag&");
        assert_eq!(
            t.query(),
            &[TemplateQuery::Constant {
                key: "flag".into(),
                value: String::new()
            }]
        );
        assert!(PathTemplate::parse("/a?").has_query());
    }
}
