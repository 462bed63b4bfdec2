-- Raised to end all of an account's sessions at once, on every node: "sign out everywhere", a disabled
-- account, a new password. Each session remembers the value it was signed in with.
ALTER TABLE account ADD COLUMN session_epoch INTEGER NOT NULL DEFAULT 0;
