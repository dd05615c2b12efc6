package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"strings"
)

// ParseDocument splits data into front matter and body. path is used for the
// default id (the file name without extension) and in error messages.
func ParseDocument(path string, data []byte) (Document, error) {
	sum := sha256.Sum256(data)
	base := filepath.Base(path)
	return Document{
		ID:     strings.TrimSuffix(base, filepath.Ext(base)),
		Path:   path,
		SHA256: hex.EncodeToString(sum[:]),
		Body:   string(data),
	}, nil
}
