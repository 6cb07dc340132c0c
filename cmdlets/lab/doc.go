// Package lab holds the training-lab cmdlets: Start-Lab, Get-Lab,
// Test-LabObjective (a student's check, and the trainer's view over
// many students' databases), Checkpoint-Lab, Restore-Lab,
// Get-LabCheckpoint and Reset-Lab. The labs themselves are scripts in
// package scripts/labs; this package runs them through the shell's
// [cmdlet.ScriptHost].
//
// The database records which lab it holds (one record outside any
// organization, see state.go). Checkpoints are snapshots of the whole
// database ([storage.Snapshotter]) kept as files in a folder beside the
// database file: org.db's are in org.db.checkpoints/, one <name>.db a
// checkpoint, and .setup.db, the world right after setup, for
// Reset-Lab.
//
// It must not import package shell or any terminal library.
package lab
