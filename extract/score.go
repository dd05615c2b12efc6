package extract

// Gold is one line of a gold file (shared/eval/GUIDELINES.md).
type Gold struct {
	Doc      string   `json:"doc"`
	Subject  []string `json:"subject"`
	Relation any      `json:"relation"` // a name or a list of names
	Object   []string `json:"object"`
	Date     *string  `json:"date"`
	Modality string   `json:"modality"`
	Optional bool     `json:"optional"`
	Evidence string   `json:"evidence"`
}

// Scores are score.py's figures.
type Scores struct {
	StrictF1, F1, P, R, DateAcc, ModalityAcc float64
	TP, FP, FN                               int
}

// ScoreDetails lists what did not match.
type ScoreDetails struct {
	Missed    []Gold
	Spurious  []Event
	WrongDate []WrongDate
}

// WrongDate is a matched gold line whose predicted date is incompatible.
type WrongDate struct {
	Gold Gold
	Got  string
}

// Score compares predictions with gold exactly as shared/eval/score.py does.
func Score(gold []Gold, preds []Event) (Scores, ScoreDetails) {
	return Scores{}, ScoreDetails{}
}
