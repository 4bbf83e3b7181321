//! What the user can ask for, named by intent. Keys become actions through the keymap; the
//! mouse, typing and pasting become the unnamed ones at the end.

use super::panes::PaneId;
use crate::search::Item;

/// Everything the explorer can be asked to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// Stop the explorer as Ctrl-Z does in a shell (`fg` brings it back).
    Suspend,
    ShowHelp,
    /// The search palette over every role's titles, responsibilities, skills and comparisons.
    OpenSearch,
    NextPane,
    PreviousPane,
    ShowPane(PaneId),
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    MoveToTop,
    MoveToBottom,
    /// Back out one step: clear a filter, close an overlay, return to the role list.
    Back,
    /// From a pane to the role list.
    FocusRoles,
    /// From the role list into the pane.
    OpenPane,
    PickRoleToCompare,
    /// Mark or unmark the current role.
    ToggleShortlist,
    /// Pick the US state or territory whose wages show beside the national ones.
    PickWageState,
    /// From a career page's role to its nearest US occupation.
    OpenNearestOccupation,
    /// Show only the marked roles in the role list, or all of them again.
    ShowShortlist,
    /// Type a filter over the role list.
    FilterRoles,
    /// Sort the role list by the next sort key.
    SortRoles,
    /// Turn the role list's sort order around.
    ReverseSort,
    /// Group the role list by occupation group, or not.
    GroupRoles,
    /// The role visited before (after Enter in Compare or a search jump), as a browser's back.
    HistoryBack,
    HistoryForward,
    FilterResponsibilities,
    NextComparison,
    PreviousComparison,
    OpenComparedRole,
    /// Keep the comparison shown as a column of Compare (a pick), up to four roles.
    PinComparison,
    /// Drop the last pick from Compare.
    DropPick,
    /// Compare's columns: show the ones to the left, or to the right, when not all fit.
    PreviousColumns,
    NextColumns,
    /// Write what is shown (the comparison, or the shortlist from the role list) to Markdown.
    Export,
    /// The next chart of the Skills pane (skills, knowledge, work styles, technology, ...).
    NextChart,
    PreviousChart,
    /// Next moves: keep only higher pay, only growing, only the same or a lower job zone.
    ToggleHigherPay,
    ToggleGrowing,
    ToggleSameZone,
    /// Open the selected occupation of Next moves or the Skills matcher.
    OpenMove,
    /// Write the Next moves list to a Markdown file.
    ExportMoves,
    /// Skills matcher: rate the selected skill 0–5, or one more or less.
    Rate(u8),
    RateUp,
    RateDown,
    /// Skills matcher: start the ratings from the current role's levels.
    StartFromRole,
    /// Skills matcher: clear every rating.
    ClearProfile,
    /// Skills matcher: move between the skills and the occupations.
    SwitchList,
    /// Enter in a query line or a list of hits.
    Confirm,
    DeleteBack,
    ClearQuery,

    // Not bound to keys: typing, pasting, the mouse, and requests between parts of the app.
    /// Typed or pasted text, as one edit.
    Insert(String),
    /// Mouse: a row of the role list (an index into the rows shown).
    SelectRole(usize),
    /// Mouse: an item of the current pane's list.
    SelectRow(usize),
    /// Mouse wheel over the role list; positive is down.
    ScrollRoles(i16),
    /// Mouse wheel over the pane, whatever has the focus.
    ScrollPane(i16),
    /// Show a search hit in its pane.
    Reveal(Item),
    /// Compare the current role with this one (an index into the catalog's roles).
    CompareWith(usize),
}

impl Action {
    /// The actions a config file can bind, with their names there. Panes add `show_ID`.
    const NAMED: &'static [(Action, &'static str)] = &[
        (Action::Quit, "quit"),
        (Action::Suspend, "suspend"),
        (Action::ShowHelp, "show_help"),
        (Action::OpenSearch, "open_search"),
        (Action::NextPane, "next_pane"),
        (Action::PreviousPane, "previous_pane"),
        (Action::MoveUp, "move_up"),
        (Action::MoveDown, "move_down"),
        (Action::PageUp, "page_up"),
        (Action::PageDown, "page_down"),
        (Action::MoveToTop, "move_to_top"),
        (Action::MoveToBottom, "move_to_bottom"),
        (Action::Back, "back"),
        (Action::FocusRoles, "focus_roles"),
        (Action::OpenPane, "open_pane"),
        (Action::PickRoleToCompare, "pick_role_to_compare"),
        (Action::ToggleShortlist, "toggle_shortlist"),
        (Action::PickWageState, "pick_wage_state"),
        (Action::OpenNearestOccupation, "open_nearest_occupation"),
        (Action::ShowShortlist, "show_shortlist"),
        (Action::FilterRoles, "filter_roles"),
        (Action::SortRoles, "sort_roles"),
        (Action::ReverseSort, "reverse_sort"),
        (Action::GroupRoles, "group_roles"),
        (Action::HistoryBack, "history_back"),
        (Action::HistoryForward, "history_forward"),
        (Action::FilterResponsibilities, "filter_responsibilities"),
        (Action::NextComparison, "next_comparison"),
        (Action::PreviousComparison, "previous_comparison"),
        (Action::OpenComparedRole, "open_compared_role"),
        (Action::PinComparison, "pin_comparison"),
        (Action::DropPick, "drop_pick"),
        (Action::PreviousColumns, "previous_columns"),
        (Action::NextColumns, "next_columns"),
        (Action::Export, "export"),
        (Action::NextChart, "next_chart"),
        (Action::PreviousChart, "previous_chart"),
        (Action::ToggleHigherPay, "toggle_higher_pay"),
        (Action::ToggleGrowing, "toggle_growing"),
        (Action::ToggleSameZone, "toggle_same_zone"),
        (Action::OpenMove, "open_move"),
        (Action::ExportMoves, "export_moves"),
        (Action::Rate(0), "rate_0"),
        (Action::Rate(1), "rate_1"),
        (Action::Rate(2), "rate_2"),
        (Action::Rate(3), "rate_3"),
        (Action::Rate(4), "rate_4"),
        (Action::Rate(5), "rate_5"),
        (Action::RateUp, "rate_up"),
        (Action::RateDown, "rate_down"),
        (Action::StartFromRole, "start_from_role"),
        (Action::ClearProfile, "clear_profile"),
        (Action::SwitchList, "switch_list"),
        (Action::Confirm, "confirm"),
        (Action::DeleteBack, "delete_back"),
        (Action::ClearQuery, "clear_query"),
    ];

    /// The action's name in a config file; `None` for the ones keys cannot ask for.
    pub fn name(&self) -> Option<String> {
        if let Action::ShowPane(pane) = self {
            return Some(format!("show_{}", pane.id()));
        }
        Action::NAMED
            .iter()
            .find(|(action, _)| action == self)
            .map(|(_, name)| name.to_string())
    }

    /// The action a config file names.
    pub fn from_name(name: &str) -> Option<Action> {
        if let Some(pane) = name.strip_prefix("show_").and_then(PaneId::from_id) {
            return Some(Action::ShowPane(pane));
        }
        Action::NAMED
            .iter()
            .find(|(_, n)| *n == name)
            .map(|(action, _)| action.clone())
    }

    /// The rows a movement moves by in a list of pages of `page` rows; `None` for others.
    pub fn movement(&self, page: isize) -> Option<isize> {
        Some(match self {
            Action::MoveUp => -1,
            Action::MoveDown => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::MoveToTop => isize::MIN / 2,
            Action::MoveToBottom => isize::MAX / 2,
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for (action, name) in Action::NAMED {
            assert_eq!(Action::from_name(name).as_ref(), Some(action));
            assert_eq!(action.name().as_deref(), Some(*name));
        }
        for &pane in PaneId::ALL {
            let action = Action::ShowPane(pane);
            assert_eq!(Action::from_name(&action.name().unwrap()), Some(action));
        }
        assert_eq!(Action::from_name("show_nothing"), None);
        assert_eq!(Action::Insert("x".into()).name(), None);
    }
}
