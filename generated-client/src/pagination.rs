// @generated from specs/ by `cargo xtask regenerate`.
// Do not edit by hand: change the spec (or the generator) and regenerate.

//! Walking list endpoints page by page, lazily.

use std::collections::VecDeque;
use std::future::Future;

use futures_util::stream::{self, Stream};

use crate::Error;

#[allow(dead_code)] // Unused in crates whose API has no paginated list.
struct Walk<S, T, F> {
    state: S,
    fetch: F,
    buffered: VecDeque<T>,
    more: bool,
    failed: bool,
}

/// Streams every item of a paginated list: `fetch` gets one page (items, `has_more`) for a
/// request state; `advance` points the state after the last item seen (returns `false` when
/// it cannot, which ends the walk). Pages are requested only as the stream is consumed.
///
/// A page that would not move the cursor (a server repeating the last item with `has_more`)
/// ends the walk instead of requesting the same page forever.
#[allow(dead_code)]
pub(crate) fn paginate<S, T, F, Fut, A>(
    state: S,
    fetch: F,
    advance: A,
) -> impl Stream<Item = Result<T, Error>> + Send + 'static
where
    S: Clone + PartialEq + Send + 'static,
    T: Send + 'static,
    F: FnMut(S) -> Fut + Send + 'static,
    Fut: Future<Output = Result<(Vec<T>, bool), Error>> + Send + 'static,
    A: Fn(&mut S, &T) -> bool + Send + 'static,
{
    let walk = Walk {
        state,
        fetch,
        buffered: VecDeque::new(),
        more: true,
        failed: false,
    };
    stream::unfold((walk, advance), |(mut walk, advance)| async move {
        loop {
            if walk.failed {
                return None;
            }
            if let Some(item) = walk.buffered.pop_front() {
                return Some((Ok(item), (walk, advance)));
            }
            if !walk.more {
                return None;
            }
            match (walk.fetch)(walk.state.clone()).await {
                Ok((items, has_more)) => {
                    walk.more = has_more && !items.is_empty();
                    if let Some(last) = items.last() {
                        if walk.more {
                            let before = walk.state.clone();
                            if !advance(&mut walk.state, last) || walk.state == before {
                                walk.more = false;
                            }
                        }
                    }
                    walk.buffered.extend(items);
                }
                Err(e) => {
                    walk.failed = true;
                    return Some((Err(e), (walk, advance)));
                }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt;

    #[tokio::test]
    async fn a_cursor_that_does_not_move_ends_the_walk() {
        let calls = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counted = std::sync::Arc::clone(&calls);
        // Always the same page, always "has more".
        let items: Vec<Result<u32, Error>> = paginate(
            None::<u32>,
            move |_| {
                counted.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                async { Ok((vec![1u32, 2, 3], true)) }
            },
            |state: &mut Option<u32>, last: &u32| {
                *state = Some(*last);
                true
            },
        )
        .collect()
        .await;
        assert_eq!(
            items.len(),
            6,
            "the first page, then the repeat whose cursor does not move"
        );
        assert_eq!(calls.load(std::sync::atomic::Ordering::SeqCst), 2);
    }
}
