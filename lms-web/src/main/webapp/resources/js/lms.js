/* Small helpers of the portal's pages. Loaded from the application itself, as the security policy requires. */
(function () {
    'use strict';
    /** Moves the keyboard focus to the element with this id, if the page shows it (after an ajax update). */
    window.lmsFocus = function (id) {
        var element = document.getElementById(id);
        if (element) {
            element.focus();
        }
    };
    /** Moves the keyboard focus to the first element the CSS selector finds, for controls inside repeated rows. */
    window.lmsFocusFirst = function (selector) {
        var element = document.querySelector(selector);
        if (element) {
            element.focus();
        }
    };
}());
