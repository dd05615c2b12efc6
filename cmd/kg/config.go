package main

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"

	"github.com/spf13/pflag"
	"github.com/spf13/viper"
)

// Config is kg's whole configuration. It is built in one place, loadConfig,
// from flags, then KG_* (and NEO4J_*) environment variables, then kg.yaml,
// then these defaults.
type Config struct {
	Neo4j      Neo4jConfig
	Dictionary []string // extra actor dictionaries (YAML), applied after the embedded one
	Extract    ExtractConfig
	Load       LoadConfig
}

// Neo4jConfig says where the graph lives.
type Neo4jConfig struct {
	URI      string // default bolt://127.0.0.1:7687; neo4j+s:// and bolt+s:// for TLS
	Username string // default neo4j
	Password string // never printed; from env, kg.yaml or a prompt
	Database string // "" = the server's default database
}

// ExtractConfig tunes kg extract and kg build.
type ExtractConfig struct {
	Workers      int   // documents extracted concurrently; default the number of cores
	MaxFileBytes int64 // larger input files are skipped with a warning; default 32 MiB
}

// LoadConfig tunes kg load and kg build.
type LoadConfig struct {
	BatchSize int // events per transaction; default 5000
	Workers   int // concurrent transactions; default 2
}

// Defaults, shared with docker-compose.yml and scripts/neo4j.sh.
const (
	defaultURI      = "bolt://127.0.0.1:7687"
	defaultUser     = "neo4j"
	defaultPassword = "kgpassword"
)

// configKeys maps viper keys to the environment variables that set them, in
// order of precedence.
var configKeys = []struct {
	key  string
	envs []string
}{
	{"neo4j.uri", []string{"KG_NEO4J_URI", "NEO4J_URI"}},
	{"neo4j.username", []string{"KG_NEO4J_USERNAME", "NEO4J_USERNAME"}},
	{"neo4j.password", []string{"KG_NEO4J_PASSWORD", "NEO4J_PASSWORD"}},
	{"neo4j.database", []string{"KG_NEO4J_DATABASE", "NEO4J_DATABASE"}},
	{"dictionary", []string{"KG_DICTIONARY"}},
	{"extract.workers", []string{"KG_EXTRACT_WORKERS"}},
	{"extract.max_file_bytes", []string{"KG_EXTRACT_MAX_FILE_BYTES"}},
	{"load.batch_size", []string{"KG_LOAD_BATCH_SIZE"}},
	{"load.workers", []string{"KG_LOAD_WORKERS"}},
}

// flagKeys maps flag names to viper keys; a flag set on the command line wins.
var flagKeys = map[string]string{
	"neo4j-uri":      "neo4j.uri",
	"neo4j-user":     "neo4j.username",
	"neo4j-database": "neo4j.database",
	"dictionary":     "dictionary",
	"workers":        "extract.workers",
	"batch-size":     "load.batch_size",
	"load-workers":   "load.workers",
}

// loadConfig reads the configuration. path is --config (or KG_CONFIG); when
// empty, ./kg.yaml is read if it exists.
func loadConfig(flags *pflag.FlagSet, path string) (*Config, error) {
	v := viper.New()
	v.SetDefault("neo4j.uri", defaultURI)
	v.SetDefault("neo4j.username", defaultUser)
	v.SetDefault("neo4j.password", defaultPassword)
	v.SetDefault("neo4j.database", "")
	v.SetDefault("extract.workers", runtime.NumCPU())
	v.SetDefault("extract.max_file_bytes", 32<<20)
	v.SetDefault("load.batch_size", 5000)
	v.SetDefault("load.workers", 2)

	if path == "" {
		path = os.Getenv("KG_CONFIG")
	}
	explicit := path != ""
	if path == "" {
		path = "kg.yaml"
	}
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		var notFound viper.ConfigFileNotFoundError
		switch {
		case !explicit && (errors.As(err, &notFound) || errors.Is(err, os.ErrNotExist)):
		default:
			return nil, fmt.Errorf("config %s: %w", path, err)
		}
	}
	for _, k := range configKeys {
		if err := v.BindEnv(append([]string{k.key}, k.envs...)...); err != nil {
			return nil, fmt.Errorf("config: %w", err)
		}
	}
	if flags != nil {
		for name, key := range flagKeys {
			if f := flags.Lookup(name); f != nil && f.Changed {
				v.Set(key, f.Value.String())
				if sv, ok := f.Value.(pflag.SliceValue); ok {
					v.Set(key, sv.GetSlice())
				}
			}
		}
	}

	cfg := &Config{
		Neo4j: Neo4jConfig{
			URI:      v.GetString("neo4j.uri"),
			Username: v.GetString("neo4j.username"),
			Password: v.GetString("neo4j.password"),
			Database: v.GetString("neo4j.database"),
		},
		Dictionary: splitList(v.GetStringSlice("dictionary")),
		Extract: ExtractConfig{
			Workers:      v.GetInt("extract.workers"),
			MaxFileBytes: v.GetInt64("extract.max_file_bytes"),
		},
		Load: LoadConfig{
			BatchSize: v.GetInt("load.batch_size"),
			Workers:   v.GetInt("load.workers"),
		},
	}
	cfg.Neo4j.takeURICredentials()
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return cfg, nil
}

// takeURICredentials moves a user and password written into the URI
// (bolt://user:secret@host) into the settings, so they are used to log in,
// and leaves the URI without them, so it can be printed.
func (n *Neo4jConfig) takeURICredentials() {
	u, err := url.Parse(n.URI)
	if err != nil || u.User == nil {
		return
	}
	if name := u.User.Username(); name != "" {
		n.Username = name
	}
	if pw, ok := u.User.Password(); ok {
		n.Password = pw
	}
	u.User = nil
	n.URI = u.String()
}

// splitList accepts both YAML lists and comma-separated environment values.
func splitList(in []string) []string {
	var out []string
	for _, s := range in {
		for _, p := range strings.Split(s, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// Validate checks the values that would otherwise fail late and obscurely.
func (c *Config) Validate() error {
	u, err := url.Parse(c.Neo4j.URI)
	if err != nil || u.Host == "" {
		return fmt.Errorf("config: neo4j uri %q is not a URI like bolt://127.0.0.1:7687", RedactURI(c.Neo4j.URI))
	}
	switch u.Scheme {
	case "bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc":
	default:
		return fmt.Errorf("config: neo4j uri %s: scheme must be bolt, bolt+s, neo4j or neo4j+s", RedactURI(c.Neo4j.URI))
	}
	if c.Extract.Workers < 1 {
		return fmt.Errorf("config: extract workers must be at least 1, got %d", c.Extract.Workers)
	}
	if c.Extract.MaxFileBytes < 1 {
		return fmt.Errorf("config: extract max_file_bytes must be positive, got %d", c.Extract.MaxFileBytes)
	}
	if c.Load.BatchSize < 1 {
		return fmt.Errorf("config: load batch_size must be at least 1, got %d", c.Load.BatchSize)
	}
	if c.Load.Workers < 1 {
		return fmt.Errorf("config: load workers must be at least 1, got %d", c.Load.Workers)
	}
	return nil
}

// RedactURI removes any password from a URI so it can be printed.
func RedactURI(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		if i := strings.LastIndex(raw, "@"); i >= 0 {
			return "***@" + raw[i+1:]
		}
		return raw
	}
	if u.User != nil {
		if _, has := u.User.Password(); has {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
	}
	return u.String()
}
