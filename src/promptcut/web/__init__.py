"""The page served at /: plain HTML, CSS and JavaScript, no build step."""
