//! Spec descriptions → rustdoc text.

/// The Chinese note Apifox users write on fields the API does not implement yet.
const NOT_IMPLEMENTED_MARKERS: &[&str] = &["（未实现）", "(未实现)", "未实现"];

/// The sentence that replaces a not-implemented marker.
pub const NOT_IMPLEMENTED_NOTE: &str =
    "**Not implemented by the API yet** (the reference marks this field 未实现); expect it to be absent.";

/// Whether a description marks its field as not implemented.
pub fn is_not_implemented(description: &str) -> bool {
    NOT_IMPLEMENTED_MARKERS
        .iter()
        .any(|m| description.contains(m))
}

/// Turns a spec description into rustdoc: trims, replaces not-implemented markers with an
/// English note, and keeps rustdoc from compiling code blocks as doctests or reading
/// indentation as code. Empty descriptions become `None`.
pub fn doc_text(description: Option<&str>) -> Option<String> {
    let raw = description?.trim();
    if raw.is_empty() || raw == "''" {
        return None;
    }
    let mut text = raw.to_owned();
    if is_not_implemented(&text) {
        let mut rest = text.clone();
        for m in NOT_IMPLEMENTED_MARKERS {
            rest = rest.replace(m, "");
        }
        let rest = rest.trim();
        text = if rest.is_empty() {
            NOT_IMPLEMENTED_NOTE.to_owned()
        } else {
            format!("{rest}\n\n{NOT_IMPLEMENTED_NOTE}")
        };
    }
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        if let Some(info) = trimmed.strip_prefix("```") {
            // Fences open as `text` so rustdoc never runs them as doctests.
            if info.trim().is_empty()
                && out
                    .iter()
                    .filter(|l: &&String| l.starts_with("```"))
                    .count()
                    % 2
                    == 0
            {
                out.push("```text".to_owned());
            } else if info.trim().is_empty() {
                out.push("```".to_owned());
            } else {
                out.push("```text".to_owned());
            }
        } else {
            out.push(trimmed.trim_end().to_owned());
        }
    }
    if out.iter().filter(|l| l.starts_with("```")).count() % 2 == 1 {
        out.push("```".to_owned());
    }
    Some(out.join("\n"))
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
    fn not_implemented_markers_become_an_english_note() {
        assert_eq!(doc_text(Some("（未实现）")).unwrap(), NOT_IMPLEMENTED_NOTE);
        assert_eq!(doc_text(Some("(未实现)")).unwrap(), NOT_IMPLEMENTED_NOTE);
        assert!(doc_text(Some("Reason. (未实现)"))
            .unwrap()
            .starts_with("Reason.\n\n**Not implemented"));
        assert_eq!(doc_text(Some("  ")), None);
    }

    #[test]
    fn code_fences_never_become_doctests() {
        let d = doc_text(Some("x\n```\nlet a = 1;\n```\n    indented")).unwrap();
        assert_eq!(d, "x\n```text\nlet a = 1;\n```\nindented");
        let d = doc_text(Some("```rust\nfn main() {}")).unwrap();
        assert_eq!(d, "```text\nfn main() {}\n```");
    }
}
