//! Spec descriptions → rustdoc text.
//!
//! Every text of the spec that reaches generated code (the crate's, a module's, an operation's,
//! a type's, a field's, a variant's or an argument's docs) goes through [`sanitize`] (by way of
//! [`doc_text`]), which makes it inert: rustdoc renders it, never runs or compiles any of it, and
//! finds nothing to warn about. Code blocks are fenced with an explicit info string (`text`, or
//! `ignore` for Rust), indented code blocks become fenced `text` blocks, invisible and
//! bidirectional control characters are removed (`rustc` refuses the latter in comments), and
//! what rustdoc would read as an intra-doc link, an HTML tag or a bare URL is escaped.

use serde_json::Value;

use crate::error::{Diagnostic, DiagnosticKind, Location};
use crate::extensions;

/// The note for something the API does not implement yet ([`extensions::NOT_IMPLEMENTED`],
/// its value): `None` when the value is absent, `false` or not a phrase.
pub fn not_implemented_note(value: Option<&Value>) -> Option<String> {
    let said = match value? {
        Value::Bool(true) => String::new(),
        Value::String(who) if !who.trim().is_empty() => format!(" ({})", who.trim()),
        _ => return None,
    };
    Some(sanitize(&format!(
        "**Not implemented by the API yet**{said}; expect it to be absent."
    )))
}

/// [`not_implemented_note`] of an object's extensions.
pub fn not_implemented(extensions: &indexmap::IndexMap<String, Value>) -> Option<String> {
    not_implemented_note(extensions.get(extensions::NOT_IMPLEMENTED))
}

/// Turns a spec description into rustdoc: trims and makes it inert ([`sanitize`]). Empty
/// descriptions become `None`.
pub fn doc_text(description: Option<&str>) -> Option<String> {
    let raw = description?.trim();
    if raw.is_empty() || raw == "''" {
        return None;
    }
    let text = sanitize(raw);
    (!text.is_empty()).then_some(text)
}

/// Whether `c` is removed from docs: the bidirectional controls (`rustc` rejects them in
/// comments: U+202A–U+202E, U+2066–U+2069, U+061C, U+200E, U+200F), the zero-width and other
/// invisible format characters (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+00AD and the rest of
/// Unicode's `Cf` category) and the control characters (`Cc`) other than newline and tab.
pub fn is_hidden_char(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}'
        | '\u{8e2}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
        | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
        | '\u{1d173}'..='\u{1d17a}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}')
}

/// Whether `text` has a byte outside printable ASCII, newline and tab: only then can it hold a
/// [hidden character](is_hidden_char), `\r` or a Unicode line separator (a fast first look).
fn needs_char_scan(text: &str) -> bool {
    text.bytes()
        .any(|b| !(b' '..=b'~').contains(&b) && b != b'\n' && b != b'\t')
}

/// Whether `text` holds a [hidden character](is_hidden_char).
pub fn has_hidden_char(text: &str) -> bool {
    needs_char_scan(text) && text.chars().any(is_hidden_char)
}

/// `text` without [hidden characters](is_hidden_char); `\r\n` and the Unicode line and
/// paragraph separators become `\n`.
pub fn strip_hidden(text: &str) -> std::borrow::Cow<'_, str> {
    if !needs_char_scan(text)
        || !text
            .chars()
            .any(|c| c == '\r' || c == '\u{2028}' || c == '\u{2029}' || is_hidden_char(c))
    {
        return text.into();
    }
    let text = text.replace("\r\n", "\n");
    text.chars()
        .filter_map(|c| match c {
            '\r' | '\u{2028}' | '\u{2029}' => Some('\n'),
            c if is_hidden_char(c) => None,
            c => Some(c),
        })
        .collect::<String>()
        .into()
}

/// The warning for the hidden characters of a document: one for the whole spec, naming how many
/// strings hold them, which characters, and where the first is; `None` when there are none.
/// Docs drop them ([`strip_hidden`]); wire values keep them (escaped in string literals).
pub fn hidden_characters_warning(document: &Value) -> Option<Diagnostic> {
    /// One step of the path to a value: an object's key or an array's index.
    enum Step<'a> {
        Key(&'a str),
        Index(usize),
    }
    type Found = (usize, Option<String>, std::collections::BTreeSet<char>);
    // The pointer is spelled out only for the first string that has hidden characters.
    fn visit<'a>(value: &'a Value, path: &mut Vec<Step<'a>>, found: &mut Found) {
        match value {
            Value::String(s) => check(s, path, found),
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    path.push(Step::Index(i));
                    visit(item, path, found);
                    path.pop();
                }
            }
            Value::Object(map) => {
                for (key, item) in map {
                    path.push(Step::Key(key));
                    check(key, path, found);
                    visit(item, path, found);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    fn check(s: &str, path: &[Step<'_>], found: &mut Found) {
        if has_hidden_char(s) {
            found.0 += 1;
            found.1.get_or_insert_with(|| {
                let mut pointer = "#".to_owned();
                for step in path {
                    pointer.push('/');
                    match step {
                        Step::Key(key) => {
                            pointer.push_str(&crate::error::escape_pointer_segment(key))
                        }
                        Step::Index(i) => pointer.push_str(&i.to_string()),
                    }
                }
                pointer
            });
            found.2.extend(s.chars().filter(|c| is_hidden_char(*c)));
        }
    }
    let mut found = (0, None, std::collections::BTreeSet::new());
    visit(document, &mut Vec::new(), &mut found);
    let (count, first, chars) = found;
    let first = first?;
    let names: Vec<String> = chars
        .iter()
        .take(8)
        .map(|c| format!("U+{:04X}", *c as u32))
        .collect();
    let more = if chars.len() > 8 { ", …" } else { "" };
    Some(Diagnostic::warning(
        Location::pointer(first.clone()),
        format!(
            "{count} text(s) of the spec contain invisible or bidirectional control characters ({}{more}); \
             they are removed from the generated docs",
            names.join(", ")
        ),
    )
    .with_kind(DiagnosticKind::HiddenCharacters))
}

/// A code span for `text` (a wire value, a name): backticks longer than any run inside it,
/// padded when it starts or ends with one; line breaks become spaces and hidden characters go.
pub fn code_span(text: &str) -> String {
    let text = strip_hidden(text).replace('\n', " ");
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let ticks = "`".repeat(longest + 1);
    if text.starts_with('`') || text.ends_with('`') {
        format!("{ticks} {text} {ticks}")
    } else {
        format!("{ticks}{text}{ticks}")
    }
}

/// Spec text for a place that holds one line (an enum value's label in a list): [`sanitize`]d,
/// its lines joined with spaces.
pub fn one_line(text: &str) -> String {
    sanitize(text.trim())
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `label: doc`, or `label` and `doc` as paragraphs when `doc` opens with a code block (a fence
/// must start its line).
pub fn labelled(label: &str, doc: &str) -> String {
    if doc.starts_with("```") {
        format!("{label}\n\n{doc}")
    } else {
        format!("{label}: {doc}")
    }
}

/// Makes spec Markdown inert for rustdoc:
/// - fenced code blocks (```` ``` ```` or `~~~`, at any indentation, unclosed ones closed at the
///   end) are written at the start of the line with the info string `text`, or `ignore` for
///   Rust (`rust`, `rs`, or only rustdoc attributes such as `no_run`), so none runs as a doctest;
/// - indented code blocks (four spaces after a blank line, not inside a list) become fenced
///   `text` blocks;
/// - other lines lose their indentation (so nothing else reads as code);
/// - [hidden characters](is_hidden_char) are removed;
/// - the simple HTML spec authors write (`<p>`, `<code>`, `<a href>`, `<strong>`, `<em>`,
///   `<br>`, lists) becomes the Markdown it means ([`html_to_markdown`]);
/// - outside code spans: `[` and `]` are escaped (except for a link to an absolute URL), so no
///   text becomes an intra-doc link; `<` is written `&lt;` (except in an autolink `<https://…>`),
///   so no raw HTML reaches the page; bare URLs become autolinks; an unmatched backtick is
///   escaped.
pub fn sanitize(text: &str) -> String {
    let text = strip_hidden(text);
    let text = if text.contains('<') {
        html_to_markdown(&text).into()
    } else {
        text
    };
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::new();
    let mut paragraph: Vec<&str> = Vec::new();
    let mut after_blank = true;
    let mut in_list = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush(&mut paragraph, &mut out);
            if out.last().is_some_and(|l| !l.is_empty()) {
                out.push(String::new());
            }
            after_blank = true;
            i += 1;
            continue;
        }
        let indent = indentation(line);
        if let Some((marker, info)) = fence_open(trimmed) {
            flush(&mut paragraph, &mut out);
            let mut body = Vec::new();
            i += 1;
            while i < lines.len() {
                if fence_closes(lines[i].trim(), marker) {
                    i += 1;
                    break;
                }
                body.push(dedent(lines[i], indent));
                i += 1;
            }
            push_code(&mut out, block_info(info, &body), &body);
            after_blank = false;
            continue;
        }
        if indent >= 4 && after_blank && !in_list {
            flush(&mut paragraph, &mut out);
            let mut end = i;
            let mut j = i;
            while j < lines.len() && (lines[j].trim().is_empty() || indentation(lines[j]) >= 4) {
                if !lines[j].trim().is_empty() {
                    end = j + 1;
                }
                j += 1;
            }
            let body: Vec<&str> = lines[i..end].iter().map(|l| dedent(l, 4)).collect();
            push_code(&mut out, "text", &body);
            i = end;
            after_blank = false;
            continue;
        }
        if is_list_item(trimmed) {
            in_list = true;
        } else if after_blank && indent == 0 {
            in_list = false;
        }
        paragraph.push(trimmed);
        after_blank = false;
        i += 1;
    }
    flush(&mut paragraph, &mut out);
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out.join("\n")
}

/// The simple HTML of descriptions as Markdown, outside fenced code blocks: paragraphs and
/// line breaks, `<code>` as a code span, `<strong>`/`<b>` and `<em>`/`<i>` as emphasis, list
/// items as `- ` lines, and `<a href>` as a link (to an absolute URL; else its text). Other tags
/// are left for [`sanitize`] to escape.
pub fn html_to_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut fence: Option<String> = None;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        match &fence {
            Some(marker) => {
                if fence_closes(trimmed, marker) {
                    fence = None;
                }
                out.push_str(line);
                continue;
            }
            None => {
                if let Some((marker, _)) = fence_open(trimmed) {
                    fence = Some(marker.to_owned());
                    out.push_str(line);
                    continue;
                }
            }
        }
        out.push_str(&html_line(line));
    }
    out
}

/// One line of [`html_to_markdown`].
fn html_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(['<', '`']) {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        if after.starts_with('`') {
            // A code span is the author's text, HTML and all.
            let run = after.bytes().take_while(|b| *b == b'`').count();
            let end = closing_backticks(after, run, run).unwrap_or(run);
            out.push_str(&after[..end]);
            rest = &after[end..];
            continue;
        }
        let Some((closing, name, attributes, len)) = html_tag(after) else {
            out.push('<');
            rest = &after[1..];
            continue;
        };
        let replacement = match (name.as_str(), closing) {
            ("p" | "ul" | "ol", _) => "\n\n",
            ("br", _) => "\n",
            ("code" | "tt", _) => "`",
            ("strong" | "b", _) => "**",
            ("em" | "i", _) => "*",
            ("li", false) => "\n- ",
            ("li", true) => "",
            ("a", false) => {
                let href = attribute(attributes, "href");
                let inner_end = after[len..].find("</a>");
                if let Some(end) = inner_end {
                    let inner = html_line(&after[len..len + end]);
                    match href {
                        Some(h) if h.starts_with("http://") || h.starts_with("https://") => {
                            out.push_str(&format!("[{inner}]({h})"));
                        }
                        _ => out.push_str(&inner),
                    }
                    rest = &after[len + end + "</a>".len()..];
                    continue;
                }
                ""
            }
            ("a", true) => "",
            _ => {
                out.push('<');
                rest = &after[1..];
                continue;
            }
        };
        out.push_str(replacement);
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

/// An HTML tag opening `text`: whether it closes, its lower-case name, its attributes' text and
/// its length.
fn html_tag(text: &str) -> Option<(bool, String, &str, usize)> {
    let end = text.find('>')?;
    let inner = &text[1..end];
    if inner.contains(['<', '\n']) {
        return None;
    }
    let (closing, inner) = match inner.strip_prefix('/') {
        Some(rest) => (true, rest),
        None => (false, inner),
    };
    let inner = inner.trim_end_matches('/');
    let name_len = inner
        .find(|c: char| !c.is_ascii_alphanumeric())
        .unwrap_or(inner.len());
    if name_len == 0 || (name_len < inner.len() && !inner[name_len..].starts_with(' ')) {
        return None;
    }
    Some((
        closing,
        inner[..name_len].to_ascii_lowercase(),
        &inner[name_len..],
        end + 1,
    ))
}

/// The value of attribute `name` in a tag's attribute text (`href="…"` or `href='…'`).
fn attribute<'a>(attributes: &'a str, name: &str) -> Option<&'a str> {
    let at = attributes.find(&format!("{name}="))? + name.len() + 1;
    let rest = &attributes[at..];
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let rest = &rest[1..];
    rest.find(quote).map(|end| &rest[..end])
}

/// Writes the pending prose lines, escaped as one paragraph (code spans may cross lines).
fn flush(paragraph: &mut Vec<&str>, out: &mut Vec<String>) {
    if paragraph.is_empty() {
        return;
    }
    let text = paragraph.join("\n");
    paragraph.clear();
    out.extend(inline(&text, false).lines().map(str::to_owned));
}

/// A fenced code block at the start of its lines: the fence is longer than any run of
/// backticks opening a line of the body.
fn push_code(out: &mut Vec<String>, info: &str, body: &[&str]) {
    let longest = body
        .iter()
        .map(|l| l.trim_start().chars().take_while(|c| *c == '`').count())
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    out.push(format!("{fence}{info}"));
    out.extend(body.iter().map(|l| l.trim_end().to_owned()));
    out.push(fence);
}

/// Leading whitespace in columns (a tab counts four).
fn indentation(line: &str) -> usize {
    line.chars()
        .take_while(|c| c.is_whitespace())
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum()
}

/// `line` without up to `columns` columns of leading whitespace.
fn dedent(line: &str, columns: usize) -> &str {
    let mut taken = 0;
    for (at, c) in line.char_indices() {
        if taken >= columns || !c.is_whitespace() {
            return &line[at..];
        }
        taken += if c == '\t' { 4 } else { 1 };
    }
    ""
}

/// An opening fence: its marker (the run of backticks or tildes) and its info string. A
/// backtick fence's info string holds no backtick (else the line is an inline code span).
fn fence_open(trimmed: &str) -> Option<(&str, &str)> {
    let first = trimmed.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let len = trimmed.chars().take_while(|c| *c == first).count();
    if len < 3 {
        return None;
    }
    let (marker, info) = trimmed.split_at(len);
    (first == '~' || !info.contains('`')).then_some((marker, info.trim()))
}

/// Whether `trimmed` closes a fence opened by `marker`: the same character, at least as many,
/// nothing after.
fn fence_closes(trimmed: &str, marker: &str) -> bool {
    let Some(first) = marker.chars().next() else {
        return false;
    };
    let len = trimmed.chars().take_while(|c| *c == first).count();
    len >= marker.len() && trimmed[len..].trim().is_empty()
}

/// The info string a fence gets: `ignore` for Rust, `text` for anything else.
fn code_info(info: &str) -> &'static str {
    const RUSTDOC_ATTRIBUTES: &[&str] = &[
        "ignore",
        "no_run",
        "should_panic",
        "compile_fail",
        "test_harness",
        "standalone_crate",
        "allow_fail",
    ];
    let words: Vec<String> = info
        .split(|c: char| c == ',' || c.is_whitespace() || c == '{' || c == '}' || c == '.')
        .filter(|w| !w.is_empty())
        .map(str::to_ascii_lowercase)
        .collect();
    let rust = match words.first().map(String::as_str) {
        Some("rust" | "rs") => true,
        Some(_) => words
            .iter()
            .all(|w| RUSTDOC_ATTRIBUTES.contains(&w.as_str()) || w.starts_with("edition")),
        None => false,
    };
    if rust {
        "ignore"
    } else {
        "text"
    }
}

/// The info string of a code block: [`code_info`]'s, except that Rust code rustdoc could not
/// lex (its `invalid_rust_codeblocks` lint) is `text`.
fn block_info(info: &str, body: &[&str]) -> &'static str {
    match code_info(info) {
        "ignore" if body.join("\n").parse::<proc_macro2::TokenStream>().is_err() => "text",
        other => other,
    }
}

/// Whether a (trimmed) line opens a list item: `-`, `*` or `+` and a space, or digits with
/// `.` or `)` and a space.
fn is_list_item(trimmed: &str) -> bool {
    let bytes = trimmed.as_bytes();
    if bytes.len() >= 2 && matches!(bytes[0], b'-' | b'*' | b'+') && bytes[1] == b' ' {
        return true;
    }
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    (1..=9).contains(&digits)
        && matches!(bytes.get(digits), Some(b'.' | b')'))
        && matches!(bytes.get(digits + 1), None | Some(b' '))
}

/// Escapes one paragraph's inline text (see [`sanitize`]); `in_link` inside a link's text,
/// where URLs stay as they are.
fn inline(text: &str, in_link: bool) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len() + 8);
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => {
                let run = bytes[i..].iter().take_while(|b| **b == b'`').count();
                match closing_backticks(text, i + run, run) {
                    Some(end) => {
                        out.push_str(&text[i..end]);
                        i = end;
                    }
                    None => {
                        for _ in 0..run {
                            out.push_str("\\`");
                        }
                        i += run;
                    }
                }
            }
            b'\\' => match text[i + 1..].chars().next() {
                Some(c) if c.is_ascii_punctuation() => {
                    out.push('\\');
                    out.push(c);
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            },
            b'<' => match autolink(&text[i..]) {
                Some(len) => {
                    out.push_str(&text[i..i + len]);
                    i += len;
                }
                None => {
                    out.push_str("&lt;");
                    i += 1;
                }
            },
            b'[' => match url_link(&text[i..]) {
                Some((label, dest, len)) if !in_link => {
                    out.push('[');
                    out.push_str(&inline(label, true));
                    out.push_str("](");
                    out.push_str(dest);
                    out.push(')');
                    i += len;
                }
                _ => {
                    out.push_str("\\[");
                    i += 1;
                }
            },
            b']' => {
                out.push_str("\\]");
                i += 1;
            }
            b'h' if !in_link
                && (text[i..].starts_with("http://") || text[i..].starts_with("https://"))
                && !text[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric()) =>
            {
                let len = bare_url(&text[i..]);
                out.push('<');
                out.push_str(&text[i..i + len]);
                out.push('>');
                i += len;
            }
            _ => {
                let c = text[i..].chars().next().unwrap_or(' ');
                out.push(c);
                i += c.len_utf8().max(1);
            }
        }
    }
    out
}

/// The end of the code span opened by `run` backticks before `from`: after the next run of
/// exactly `run` backticks, or `None` when there is none.
fn closing_backticks(text: &str, from: usize, run: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if bytes[i] == b'`' {
            let len = bytes[i..].iter().take_while(|b| **b == b'`').count();
            if len == run {
                return Some(i + len);
            }
            i += len;
        } else {
            i += 1;
        }
    }
    None
}

/// The length of an autolink (`<https://…>`, `<mailto:…>`) opening `text`.
fn autolink(text: &str) -> Option<usize> {
    let rest = &text[1..];
    let scheme = ["http://", "https://", "mailto:"]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let end = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace())?;
    (end > scheme.len() && rest[end..].starts_with('>')).then_some(end + 2)
}

/// An inline link to an absolute URL opening `text` (`[label](https://…)`): its label, its
/// destination and its length.
fn url_link(text: &str) -> Option<(&str, &str, usize)> {
    let mut depth = 0;
    let mut close = None;
    for (at, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(at);
                    break;
                }
            }
            '\n' if at > 0 && text[..at].ends_with('\n') => return None,
            _ => {}
        }
    }
    let close = close?;
    let rest = text[close + 1..].strip_prefix('(')?;
    let end = rest.find(')')?;
    let dest = &rest[..end];
    let absolute = ["http://", "https://", "mailto:"]
        .iter()
        .any(|s| dest.starts_with(s) && dest.len() > s.len());
    let plain = !dest.contains(|c: char| c.is_whitespace() || "<>`[]()\\".contains(c));
    (absolute && plain).then(|| (&text[1..close], dest, close + 2 + end + 1))
}

/// The length of the bare URL opening `text`: up to whitespace or a character URLs do not
/// hold unescaped, without trailing punctuation (nor a closing parenthesis it does not open).
fn bare_url(text: &str) -> usize {
    let mut end = text
        .find(|c: char| c.is_whitespace() || "<>\"'`[]{}|\\^".contains(c))
        .unwrap_or(text.len());
    loop {
        let Some(last) = text[..end].chars().next_back() else {
            break;
        };
        let unbalanced =
            last == ')' && text[..end].matches('(').count() < text[..end].matches(')').count();
        if ".,;:!?*_~".contains(last) || unbalanced {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    end
}

/// A doc for a type the spec does not describe, from the place it was defined at (its JSON
/// pointer): `The request body of `POST /v1/things`.`, `Part of the `Thing` schema.`.
pub fn origin_doc(pointer: &str) -> String {
    let segments: Vec<String> = pointer
        .trim_start_matches('#')
        .split('/')
        .filter(|s| !s.is_empty())
        .map(crate::error::unescape_pointer_segment)
        .collect();
    let seg = |i: usize| segments.get(i).map(String::as_str);
    let doc = match (seg(0), seg(1), seg(2)) {
        (Some("components"), Some(section), Some(name)) => {
            let what = match section {
                "schemas" => "schema",
                "requestBodies" => "request body",
                "responses" => "response",
                "parameters" => "parameter",
                _ => "component",
            };
            let name = code_span(name);
            if segments.len() == 3 {
                format!("The {name} {what} of the API.")
            } else if seg(segments.len() - 2) == Some("properties") {
                let field = code_span(&segments[segments.len() - 1]);
                format!("The {field} field of the {name} {what}.")
            } else {
                format!("Part of the {name} {what}.")
            }
        }
        (Some("paths"), Some(path), Some(method)) => {
            let route = code_span(&format!("{} {path}", method.to_ascii_uppercase()));
            let part = match seg(3) {
                Some("requestBody") => "request body",
                Some("responses") => "response",
                Some("parameters") => "parameters",
                _ => "",
            };
            let whole = match seg(3) {
                Some("requestBody") => segments.len() == 7 && seg(6) == Some("schema"),
                Some("responses") => segments.len() == 8 && seg(7) == Some("schema"),
                Some("parameters") => segments.len() == 4,
                _ => false,
            };
            match (part, whole) {
                ("", _) => format!("A type of {route}."),
                (part, true) => format!("The {part} of {route}."),
                (part, false) => format!("Part of the {part} of {route}."),
            }
        }
        _ => "A type of the API.".to_owned(),
    };
    doc
}

/// Joins doc paragraphs, skipping empty ones.
pub fn join(parts: &[Option<String>]) -> Option<String> {
    let parts: Vec<&str> = parts
        .iter()
        .flatten()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_not_implemented_extension_becomes_an_english_note() {
        let who = Value::String("the reference marks this field 未实现".into());
        assert_eq!(
            not_implemented_note(Some(&who)).unwrap(),
            "**Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent."
        );
        assert_eq!(
            not_implemented_note(Some(&Value::Bool(true))).unwrap(),
            "**Not implemented by the API yet**; expect it to be absent."
        );
        assert_eq!(not_implemented_note(Some(&Value::Bool(false))), None);
        assert_eq!(not_implemented_note(None), None);
        // The model knows no exporter's marker: a description is only made inert.
        assert_eq!(doc_text(Some("（未实现）")).unwrap(), "（未实现）");
        assert_eq!(doc_text(Some("  ")), None);
    }

    #[test]
    fn code_fences_never_become_doctests() {
        let d = doc_text(Some("x\n```\nlet a = 1;\n```\n    indented")).unwrap();
        assert_eq!(d, "x\n```text\nlet a = 1;\n```\nindented");
        let d = doc_text(Some("```rust\nfn main() {}")).unwrap();
        assert_eq!(d, "```ignore\nfn main() {}\n```");
        // Rust that rustdoc cannot lex would be a lint: text.
        let d = doc_text(Some("```rust\nlet s = \"unclosed;\n```")).unwrap();
        assert_eq!(d, "```text\nlet s = \"unclosed;\n```");
        for (info, expected) in [
            ("", "text"),
            ("json", "text"),
            ("sh", "text"),
            ("curl", "text"),
            ("JSON {.json}", "text"),
            ("rust", "ignore"),
            ("rust,no_run", "ignore"),
            ("no_run", "ignore"),
            ("should_panic", "ignore"),
            ("edition2021", "ignore"),
            ("text", "text"),
        ] {
            let d = sanitize(&format!("a\n```{info}\nbody\n```"));
            assert_eq!(d, format!("a\n```{expected}\nbody\n```"), "{info}");
        }
        // Tildes, longer fences, indented fences (in a list item), a fence inside the body.
        let d = sanitize("~~~\n```\ncode\n```\n~~~");
        assert_eq!(d, "````text\n```\ncode\n```\n````");
        let d = sanitize("- item\n\n  ```\n  curl -X POST\n  ```");
        assert_eq!(d, "- item\n\n```text\ncurl -X POST\n```");
        // An inline code span written with three backticks is not a fence.
        assert_eq!(sanitize("```a``` b"), "```a``` b");
    }

    #[test]
    fn indented_code_becomes_a_text_fence() {
        let d = sanitize("Example:\n\n    {\n      \"a\": 1\n    }\n\nAfter.");
        assert_eq!(d, "Example:\n\n```text\n{\n  \"a\": 1\n}\n```\n\nAfter.");
        // Indented lines inside a list are the list's, and a paragraph's continuation is text.
        assert_eq!(sanitize("- a\n\n    more"), "- a\n\nmore");
        assert_eq!(sanitize("a\n    b"), "a\nb");
        // A tab indents too.
        assert_eq!(sanitize("\tcode"), "```text\ncode\n```");
    }

    #[test]
    fn hidden_characters_are_removed() {
        let d = sanitize("a\u{202e}b\u{2066}c\u{2069}\u{200b}d\u{feff}\u{7}e\r\nf\tg");
        assert_eq!(d, "abcde\nf\tg");
        let d = sanitize("```\n\u{202e}x\n```");
        assert_eq!(d, "```text\nx\n```");
        assert_eq!(code_span("a\u{202e}"), "`a`");
    }

    #[test]
    fn links_html_and_urls_become_plain_text() {
        assert_eq!(sanitize("see [Foo] and [1]"), "see \\[Foo\\] and \\[1\\]");
        assert_eq!(
            sanitize("[docs](https://example.com/a) [x](Foo)"),
            "[docs](https://example.com/a) \\[x\\](Foo)"
        );
        assert_eq!(
            sanitize("at https://example.com/a?b=1. Or (https://x.io/y)"),
            "at <https://example.com/a?b=1>. Or (<https://x.io/y>)"
        );
        assert_eq!(
            sanitize("<https://example.com> <div>x</div> <unclosed>"),
            "<https://example.com> &lt;div>x&lt;/div> &lt;unclosed>"
        );
        // Code spans are kept, across lines too; an unmatched backtick is escaped.
        assert_eq!(
            sanitize("`[a] <b>`\nx `` y\nz ``"),
            "`[a] <b>`\nx `` y\nz ``"
        );
        assert_eq!(sanitize("a ` b [c]"), "a \\` b \\[c\\]");
        // Escapes stay escapes; comment and raw-string terminators are text.
        assert_eq!(sanitize("\\[a\\] */ \"# "), "\\[a\\] */ \"#");
    }

    #[test]
    fn simple_html_becomes_markdown() {
        assert_eq!(
            sanitize("<p>Creates a <code>Charge</code>, see <a href=\"/docs/x\">the docs</a> or <a href=\"https://stripe.com/x\">this <code>[x]</code></a>.</p><p><strong>Note</strong>: <em>a</em><br/>b</p><ul><li>one</li><li>two</li></ul>"),
            "Creates a `Charge`, see the docs or [this `[x]`](https://stripe.com/x).\n\n**Note**: *a*\nb\n\n- one\n- two"
        );
        // Inside a fence, HTML is the example's.
        assert_eq!(sanitize("```\n<p>x</p>\n```"), "```text\n<p>x</p>\n```");
    }

    #[test]
    fn types_without_docs_are_described_by_their_origin() {
        assert_eq!(
            origin_doc("#/components/schemas/Dispute"),
            "The `Dispute` schema of the API."
        );
        assert_eq!(
            origin_doc("#/components/schemas/Dispute/properties/evidence"),
            "The `evidence` field of the `Dispute` schema."
        );
        assert_eq!(
            origin_doc("#/paths/~1v1~1things/post/requestBody/content/application~1json/schema"),
            "The request body of `POST /v1/things`."
        );
        assert_eq!(
            origin_doc("#/paths/~1v1~1things/get/responses/200/content/application~1json/schema/properties/data/items"),
            "Part of the response of `GET /v1/things`."
        );
    }

    #[test]
    fn one_warning_names_the_hidden_characters() {
        let doc = serde_json::json!({"info": {"description": "a\u{202e}"}, "paths": {"/a": {"get": {"summary": "\u{200b}x"}}}});
        let w = hidden_characters_warning(&doc).unwrap();
        assert_eq!(w.location.pointer.as_deref(), Some("#/info/description"));
        assert!(w.message.contains("U+200B, U+202E"), "{}", w.message);
        assert!(w.message.starts_with("2 text(s)"), "{}", w.message);
        assert!(hidden_characters_warning(&serde_json::json!({"a": "b"})).is_none());
    }

    #[test]
    fn the_first_hidden_character_is_named_by_its_pointer() {
        let doc = serde_json::json!({"paths": {"/a~b": {"tags": ["ok", "x\u{7f}"]}}});
        let w = hidden_characters_warning(&doc).unwrap();
        assert_eq!(w.location.pointer.as_deref(), Some("#/paths/~1a~0b/tags/1"));
    }

    #[test]
    fn the_byte_scan_agrees_with_the_character_scan() {
        for c in ('\u{0}'..='\u{3000}').chain(['\u{feff}', '\u{e0001}', '\u{1f600}']) {
            let text = format!("a{c}b");
            assert_eq!(
                has_hidden_char(&text),
                is_hidden_char(c),
                "U+{:04X}",
                c as u32
            );
            let stripped = strip_hidden(&text);
            let expected = match c {
                '\r' | '\u{2028}' | '\u{2029}' => "a\nb".to_owned(),
                c if is_hidden_char(c) => "ab".to_owned(),
                c => format!("a{c}b"),
            };
            assert_eq!(stripped, expected, "U+{:04X}", c as u32);
        }
    }
}
