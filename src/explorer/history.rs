//! Back and forward through the roles visited, as a browser does: opening another role from
//! Compare or from a search is a visit; moving in the role list is not.

use super::panes::PaneId;

/// Where the explorer was: a role (an index into the catalog) and its pane.
pub type Place = (usize, PaneId);

/// Visits are kept up to this many.
const LIMIT: usize = 100;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct History {
    places: Vec<Place>,
    /// The entry for where the explorer is now.
    at: usize,
}

impl History {
    /// Going from `from` to `to`: places after the current one are dropped, as in a browser.
    pub fn visit(&mut self, from: Place, to: Place) {
        if self.places.is_empty() {
            self.places.push(from);
            self.at = 0;
        }
        self.places.truncate(self.at + 1);
        // Where the explorer is may have changed since the last visit (the role list moved).
        self.places[self.at] = from;
        self.places.push(to);
        if self.places.len() > LIMIT {
            self.places.remove(0);
        }
        self.at = self.places.len() - 1;
    }

    /// The place before `now`, if any; `now` is remembered for going forward again.
    pub fn back(&mut self, now: Place) -> Option<Place> {
        if self.at == 0 || self.places.is_empty() {
            return None;
        }
        self.places[self.at] = now;
        self.at -= 1;
        Some(self.places[self.at])
    }

    /// The place after `now`, after going back.
    pub fn forward(&mut self, now: Place) -> Option<Place> {
        if self.at + 1 >= self.places.len() {
            return None;
        }
        self.places[self.at] = now;
        self.at += 1;
        Some(self.places[self.at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn back_and_forward_as_a_browser() {
        let mut history = History::default();
        assert_eq!(history.back((0, PaneId::Overview)), None);
        history.visit((0, PaneId::Compare), (2, PaneId::Overview));
        history.visit((2, PaneId::Compare), (3, PaneId::Overview));
        assert_eq!(
            history.back((3, PaneId::Skills)),
            Some((2, PaneId::Compare))
        );
        assert_eq!(
            history.back((2, PaneId::Compare)),
            Some((0, PaneId::Compare))
        );
        assert_eq!(history.back((0, PaneId::Compare)), None);
        assert_eq!(
            history.forward((0, PaneId::Compare)),
            Some((2, PaneId::Compare))
        );
        assert_eq!(
            history.forward((2, PaneId::Compare)),
            Some((3, PaneId::Skills))
        );
        assert_eq!(history.forward((3, PaneId::Skills)), None);
        // A new visit after going back drops what was ahead.
        history.back((3, PaneId::Skills));
        history.visit((2, PaneId::Compare), (4, PaneId::Overview));
        assert_eq!(history.forward((4, PaneId::Overview)), None);
        assert_eq!(
            history.back((4, PaneId::Overview)),
            Some((2, PaneId::Compare))
        );
    }
}
