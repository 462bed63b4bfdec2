-- A changed demand keeps what it said before, what it says now, and why it changed.
ALTER TABLE demand_change ADD COLUMN old_text VARCHAR(2000);
ALTER TABLE demand_change ADD COLUMN new_text VARCHAR(2000);
