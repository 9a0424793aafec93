//! Best-effort mapping from a JSON pointer back to a line and column in block-style YAML.
//!
//! Apifox exports are block-style YAML, so walking indentation finds the line of a key or a
//! sequence item without a second, position-tracking parser. When a segment cannot be found
//! (flow style, a value reached through an alias, JSON text), the deepest line found so far is
//! returned, which is still the enclosing key.

/// One significant line: where its content starts, and whether it opens a sequence item.
#[derive(Debug, Clone)]
struct Line {
    number: usize,
    /// Column of the `-` of a sequence item, if the line opens one.
    dash: Option<usize>,
    /// Column where the key or scalar content starts.
    indent: usize,
    /// Byte range of the content in the text.
    start: usize,
    end: usize,
}

/// The significant lines of a YAML text, found once and reused for every lookup in it (a
/// large spec with many diagnostics would otherwise be scanned once per diagnostic).
#[derive(Debug, Clone, Default)]
pub struct YamlIndex {
    lines: Vec<Line>,
    /// For each line, the index of the next line at its column or left of it (`lines.len()`
    /// if none): the lines in between are its subtree, so a scan for a node's children jumps
    /// from child to child instead of reading every line below (Stripe's 200,000-line spec,
    /// hundreds of diagnostics).
    next: Vec<usize>,
}

impl Line {
    /// The column the line's node starts at: its `-` for a sequence item, else its key.
    fn column(&self) -> usize {
        self.dash.unwrap_or(self.indent)
    }
}

impl YamlIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut lines = Vec::new();
        let mut offset = 0;
        for (number, raw_with_end) in text.split_inclusive('\n').enumerate() {
            let line_start = offset;
            offset += raw_with_end.len();
            let raw = raw_with_end.strip_suffix('\n').unwrap_or(raw_with_end);
            let raw = raw.strip_suffix('\r').unwrap_or(raw);
            let trimmed = raw.trim_start();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let indent = raw.len() - trimmed.len();
            let end = line_start + raw.len();
            if let Some(rest) = trimmed
                .strip_prefix("- ")
                .or_else(|| (trimmed == "-").then_some(""))
            {
                let inner = rest.trim_start();
                let content_indent = indent + 2 + (rest.len() - inner.len());
                lines.push(Line {
                    number,
                    dash: Some(indent),
                    indent: content_indent,
                    start: end - inner.len(),
                    end,
                });
            } else {
                lines.push(Line {
                    number,
                    dash: None,
                    indent,
                    start: line_start + indent,
                    end,
                });
            }
        }
        let mut next = vec![lines.len(); lines.len()];
        let mut open: Vec<usize> = Vec::new();
        for (i, line) in lines.iter().enumerate().rev() {
            while open
                .last()
                .is_some_and(|&j| lines[j].column() > line.column())
            {
                open.pop();
            }
            if let Some(&j) = open.last() {
                next[i] = j;
            }
            open.push(i);
        }
        YamlIndex { lines, next }
    }

    /// The lines of `from..end` that can sit at `column`, in order: lines deeper than a line at
    /// or right of `column` are skipped with it (none of them is at `column`).
    fn at_column(
        &self,
        from: usize,
        end: usize,
        column: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let mut at = from;
        std::iter::from_fn(move || {
            while at < end {
                let i = at;
                let line = &self.lines[i];
                at = if line.column() >= column {
                    self.next[i]
                } else {
                    i + 1
                };
                if line.column() == column {
                    return Some(i);
                }
            }
            None
        })
    }
}

fn key_matches(content: &str, key: &str) -> bool {
    // Plain, then double-quoted, then single-quoted (`''` escapes a quote); no allocation in
    // the common case, as this runs for every line at the searched indentation.
    let followed_by_colon = |rest: &str, closing: &str| {
        rest.strip_prefix(closing)
            .is_some_and(|after| after.starts_with(':'))
    };
    if content
        .strip_prefix(key)
        .is_some_and(|rest| rest.starts_with(':'))
    {
        return true;
    }
    if let Some(inner) = content.strip_prefix('"') {
        return inner
            .strip_prefix(key)
            .is_some_and(|rest| followed_by_colon(rest, "\""));
    }
    if let Some(inner) = content.strip_prefix('\'') {
        if key.contains('\'') {
            let escaped = key.replace('\'', "''");
            return inner
                .strip_prefix(escaped.as_str())
                .is_some_and(|rest| followed_by_colon(rest, "'"));
        }
        return inner
            .strip_prefix(key)
            .is_some_and(|rest| followed_by_colon(rest, "'"));
    }
    false
}

/// Returns the 1-based (line, column) of the node at `segments` (unescaped pointer segments).
pub fn locate_yaml(text: &str, segments: &[String]) -> Option<(usize, usize)> {
    locate_yaml_indexed(text, &YamlIndex::new(text), segments)
}

/// [`locate_yaml`] with the text's [`YamlIndex`] already built.
pub fn locate_yaml_indexed(
    text: &str,
    index_: &YamlIndex,
    segments: &[String],
) -> Option<(usize, usize)> {
    let lines = &index_.lines;
    let content = |l: &Line| text.get(l.start..l.end).unwrap_or("");
    // The node being descended into: its head line (None for the root), whether the head
    // opens a sequence item, and the end of its lines.
    let mut head: Option<usize> = None;
    let mut head_is_item = false;
    let mut end = lines.len();
    let mut found = None;
    for seg in segments {
        let first_child = head.map_or(0, |h| h + 1);
        let children = &lines[first_child.min(end)..end];
        // Every line in range is indented deeper than the head, so the first one is a direct
        // child and has the children's indentation (a scan for the minimum would read the
        // whole range, for every segment of every diagnostic of a large spec).
        let child_indent = children.first().map(|l| l.dash.unwrap_or(l.indent));
        let first_child = first_child.min(end);
        let as_item = seg.parse::<usize>().ok().and_then(|index| {
            child_indent.and_then(|ci| {
                index_
                    .at_column(first_child, end, ci)
                    .filter(|&i| lines[i].dash == Some(ci))
                    .nth(index)
                    .map(|i| (i, true))
            })
        });
        let hit: Option<(usize, bool)> = as_item.or_else(|| {
            let on_head = head
                .filter(|_| head_is_item)
                .filter(|&h| key_matches(content(&lines[h]), seg))
                .map(|h| (h, false));
            let key_indent = match head {
                Some(h) if head_is_item => Some(lines[h].indent),
                _ => child_indent,
            };
            on_head.or_else(|| {
                key_indent.and_then(|ki| {
                    index_
                        .at_column(first_child, end, ki)
                        .find(|&i| {
                            let l = &lines[i];
                            l.dash.is_none() && key_matches(content(l), seg)
                        })
                        .map(|i| (i, false))
                })
            })
        });
        let Some((index, is_item)) = hit else { break };
        let line = &lines[index];
        let column = if is_item {
            line.dash.unwrap_or(line.indent)
        } else {
            line.indent
        };
        found = Some((line.number + 1, column + 1));
        // A key on an item's head line owns the lines indented deeper than the key itself.
        let own = if is_item {
            line.dash.unwrap_or(line.indent)
        } else {
            line.indent
        };
        // A key's sequence may sit at the key's own indentation (`key:\n- item`): those
        // items are its children too.
        // The first line at or left of `own` ends the node, but for a key the items at its
        // column; lines right of `own` (and those items) are skipped with their subtrees.
        let mut stop = index + 1;
        while stop < end {
            let l = &lines[stop];
            if l.column() > own || (!is_item && l.dash == Some(own)) {
                stop = index_.next[stop];
            } else {
                break;
            }
        }
        let stop = stop.min(end);
        head = Some(index);
        head_is_item = is_item;
        end = stop;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = "openapi: 3.0.1\npaths:\n  /a/{id}:\n    post:\n      parameters:\n        - name: id\n          in: path\n        - name: Accept\n          in: header\n      responses:\n        '200':\n          description: ok\ncomponents:\n  schemas:\n    Dispute:\n      type: object\n";

    fn seg(s: &[&str]) -> Vec<String> {
        s.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn finds_items_of_a_sequence_at_its_keys_indentation() {
        let doc = "actions:\n- target: a\n  update: {}\n- target: b\nnext: 1\n";
        assert_eq!(
            locate_yaml(doc, &seg(&["actions", "1", "target"])),
            Some((4, 3))
        );
        assert_eq!(locate_yaml(doc, &seg(&["next"])), Some((5, 1)));
    }

    #[test]
    fn finds_keys_items_and_quoted_keys() {
        assert_eq!(
            locate_yaml(DOC, &seg(&["paths", "/a/{id}", "post"])),
            Some((4, 5))
        );
        assert_eq!(
            locate_yaml(DOC, &seg(&["paths", "/a/{id}", "post", "parameters", "1"])),
            Some((8, 9))
        );
        assert_eq!(
            locate_yaml(
                DOC,
                &seg(&["paths", "/a/{id}", "post", "parameters", "1", "in"])
            ),
            Some((9, 11))
        );
        assert_eq!(
            locate_yaml(
                DOC,
                &seg(&["paths", "/a/{id}", "post", "parameters", "0", "name"])
            ),
            Some((6, 11))
        );
        assert_eq!(
            locate_yaml(
                DOC,
                &seg(&[
                    "paths",
                    "/a/{id}",
                    "post",
                    "responses",
                    "200",
                    "description"
                ])
            ),
            Some((12, 11))
        );
        assert_eq!(
            locate_yaml(DOC, &seg(&["components", "schemas", "Dispute", "type"])),
            Some((16, 7))
        );
    }

    #[test]
    fn unknown_segments_fall_back_to_the_deepest_known_line() {
        assert_eq!(
            locate_yaml(DOC, &seg(&["components", "schemas", "Nope"])),
            Some((14, 3))
        );
    }
}

/// A JSON container being read: an object (with the key of the member being read) or an array
/// (with the index of the item being read).
enum JsonFrame {
    Object { key: Option<String> },
    Array { index: usize },
}

/// Reads JSON text once, calling `on_value` with the containers around each value and the
/// value's 1-based (line, column). A small scanner: strings, nesting, keys and indexes.
fn scan_json(text: &str, mut on_value: impl FnMut(&[JsonFrame], (usize, usize))) {
    use JsonFrame as Frame;
    let bytes = text.as_bytes();
    let (mut line, mut column) = (1usize, 1usize);
    let mut stack: Vec<Frame> = Vec::new();
    let mut expecting_key = false;
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let at = (line, column);
        match c {
            b'\n' => {
                line += 1;
                column = 0;
            }
            b'"' => {
                // Read the string, handling escapes; only a key's text is kept (values are
                // most of a spec's text).
                let keep = expecting_key;
                let mut s = String::new();
                let mut j = i + 1;
                while j < bytes.len() && bytes[j] != b'"' {
                    if !keep && bytes[j] != b'\\' {
                        j += 1;
                        continue;
                    }
                    if bytes[j] == b'\\' && j + 1 < bytes.len() {
                        match bytes[j + 1] {
                            b'n' => s.push('\n'),
                            b't' => s.push('\t'),
                            b'/' => s.push('/'),
                            b'"' => s.push('"'),
                            b'\\' => s.push('\\'),
                            other => {
                                s.push('\\');
                                s.push(other as char);
                            }
                        }
                        j += 2;
                        continue;
                    }
                    let ch_len = text[j..].chars().next().map_or(1, char::len_utf8);
                    s.push_str(&text[j..j + ch_len]);
                    j += ch_len;
                }
                let consumed = text[i..(j + 1).min(bytes.len())].chars().count();
                if expecting_key {
                    if let Some(Frame::Object { key }) = stack.last_mut() {
                        *key = Some(s);
                    }
                    expecting_key = false;
                } else {
                    on_value(&stack, at);
                }
                column += consumed;
                i = j + 1;
                continue;
            }
            b'{' => {
                on_value(&stack, at);
                stack.push(Frame::Object { key: None });
                expecting_key = true;
            }
            b'[' => {
                on_value(&stack, at);
                stack.push(Frame::Array { index: 0 });
            }
            b'}' | b']' => {
                stack.pop();
                expecting_key = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key }) => {
                    *key = None;
                    expecting_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            b':' => {}
            c if !c.is_ascii_whitespace() => {
                // A number or literal starts here.
                on_value(&stack, at);
                while i + 1 < bytes.len()
                    && !matches!(bytes[i + 1], b',' | b'}' | b']' | b'\n')
                    && !bytes[i + 1].is_ascii_whitespace()
                {
                    i += 1;
                    column += 1;
                }
            }
            _ => {}
        }
        i += 1;
        column += 1;
    }
}

/// How many leading `segments` the containers around a value match.
fn depth_matched(stack: &[JsonFrame], segments: &[String]) -> usize {
    stack
        .iter()
        .zip(segments)
        .take_while(|(frame, seg)| match frame {
            JsonFrame::Object { key: Some(k) } => k == *seg,
            JsonFrame::Object { key: None } => false,
            JsonFrame::Array { index } => index.to_string() == **seg,
        })
        .count()
}

/// Returns the 1-based (line, column) of the value at `segments` in JSON text, or of the
/// deepest enclosing value found. Scans the whole text: for many lookups in one text, build
/// a [`JsonIndex`] once.
pub fn locate_json(text: &str, segments: &[String]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, (usize, usize))> = None;
    scan_json(text, |stack, at| {
        let m = depth_matched(stack, segments);
        if m == stack.len() && best.is_none_or(|(d, _)| m > d) {
            best = Some((m, at));
        }
    });
    best.map(|(_, at)| at)
}

/// The position of every value of a JSON text, by JSON pointer, found in one scan and reused
/// for every lookup in it (Stripe's JSON spec has over a thousand diagnostics; scanning 4 MB
/// for each one was most of its generation time).
///
/// The values form a tree of ids: each value's id is found by its container's id and its own
/// key or index, so indexing reads each key once (not the whole pointer of every value).
#[derive(Debug, Clone, Default)]
pub struct JsonIndex {
    /// The id of the value at (container id, key or index).
    children: std::collections::HashMap<(u32, Box<str>), u32>,
    /// The position of each value, by id; the document's root is id 0.
    positions: Vec<(usize, usize)>,
}

/// A value without an id (one where the text has a value instead of a key), and below it.
const NO_ID: u32 = u32::MAX;

impl JsonIndex {
    /// Indexes `text`: the first value at each pointer.
    pub fn new(text: &str) -> Self {
        let mut index = JsonIndex::default();
        // The id of the value at each depth of the containers around the current value.
        let mut ids: Vec<u32> = Vec::new();
        scan_json(text, |stack, at| {
            let depth = stack.len();
            ids.truncate(depth);
            let id = match (depth, stack.last()) {
                (0, _) | (_, None) => index.id_of(None, at),
                (_, Some(frame)) => {
                    let parent = ids.get(depth - 1).copied().unwrap_or(NO_ID);
                    match frame {
                        _ if parent == NO_ID => NO_ID,
                        JsonFrame::Object { key: None } => NO_ID,
                        JsonFrame::Object { key: Some(k) } => {
                            index.id_of(Some((parent, k.as_str().into())), at)
                        }
                        JsonFrame::Array { index: i } => {
                            index.id_of(Some((parent, i.to_string().into())), at)
                        }
                    }
                }
            };
            ids.push(id);
        });
        index
    }

    /// The id of the value at `key` (none: the root), made with position `at` if it is new.
    fn id_of(&mut self, key: Option<(u32, Box<str>)>, at: (usize, usize)) -> u32 {
        let next = u32::try_from(self.positions.len()).unwrap_or(NO_ID);
        let id = match key {
            None if !self.positions.is_empty() => return 0,
            None => next,
            Some(key) => *self.children.entry(key).or_insert(next),
        };
        if id == next && next != NO_ID {
            self.positions.push(at);
        }
        id
    }
}

/// [`locate_json`] through an index of the text.
pub fn locate_json_indexed(index: &JsonIndex, segments: &[String]) -> Option<(usize, usize)> {
    // Every container of an indexed value is indexed: the deepest value found is the answer.
    let mut found = *index.positions.first()?;
    let mut id = 0u32;
    for segment in segments {
        match index.children.get(&(id, segment.as_str().into())) {
            Some(&child) => match index.positions.get(child as usize) {
                Some(&at) => {
                    id = child;
                    found = at;
                }
                None => break,
            },
            None => break,
        }
    }
    Some(found)
}

#[cfg(test)]
mod json_tests {
    use super::locate_json;

    /// The index answers every pointer of a real JSON spec (and pointers past its values) as
    /// the single scan does.
    #[test]
    fn the_index_agrees_with_the_scan_on_a_real_spec() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/corpus/discord_3_1.json"
        );
        let text = std::fs::read_to_string(path).expect("the corpus spec");
        let value: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        let index = super::JsonIndex::new(&text);
        let mut pointers: Vec<Vec<String>> = Vec::new();
        let mut stack = vec![(Vec::<String>::new(), &value)];
        while let Some((at, v)) = stack.pop() {
            if pointers.len() > 40_000 {
                break;
            }
            let mut past = at.clone();
            past.push("no such key".into());
            pointers.push(past);
            pointers.push(at.clone());
            match v {
                serde_json::Value::Object(m) => {
                    for (k, child) in m {
                        let mut p = at.clone();
                        p.push(k.clone());
                        stack.push((p, child));
                    }
                }
                serde_json::Value::Array(a) => {
                    for (n, child) in a.iter().enumerate() {
                        let mut p = at.clone();
                        p.push(n.to_string());
                        stack.push((p, child));
                    }
                }
                _ => {}
            }
        }
        assert!(pointers.len() > 1_000, "{}", pointers.len());
        // Every scan reads the whole text: a spread of 300 of them keeps the test quick.
        let step = pointers.len() / 300;
        for segments in pointers.iter().step_by(step.max(1)) {
            assert_eq!(
                super::locate_json_indexed(&index, segments),
                locate_json(&text, segments),
                "{segments:?}"
            );
        }
    }

    #[test]
    fn finds_values_in_json() {
        let text = "{\n  \"paths\": {\n    \"/a\": {\n      \"get\": {\"x\": [1, {\"y\": true}]}\n    }\n  }\n}\n";
        let seg = |s: &[&str]| s.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            locate_json(text, &seg(&["paths", "/a", "get"])),
            Some((4, 14))
        );
        assert_eq!(
            locate_json(text, &seg(&["paths", "/a", "get", "x", "1", "y"])),
            Some((4, 30))
        );
        assert_eq!(
            locate_json(text, &seg(&["paths", "/a", "nope"])),
            Some((3, 11))
        );
    }
}
